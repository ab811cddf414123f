using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// javascript:, data: and vbscript: URLs, however spelt, in every place a URL can be written: each is
/// refused with BRF018 at the URL, and the previous output stays as it was.
/// </summary>
public sealed class ScriptUrlTests
{
    private static readonly string[] Urls =
        ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "javascript:%61lert(1)"];

    private static readonly (string Place, string File, string Location)[] Places =
    [
        ("article link", HostileSite.BriefingPath + "article.md", "21:5"),
        ("note link", HostileSite.BriefingPath + "annotations.yml", "4:11"),
        ("source.url", HostileSite.BriefingPath + "article.md", "9:8"),
        ("base_url", "input/site.yml", "2:11"),
        ("publisher url", "input/site.yml", "6:8"),
        ("CSL URL", "input/sources.yml", "9:10"),
    ];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (place, _, _) in Places)
        {
            foreach (var url in Urls)
            {
                cases.Add(place, url);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_script_or_data_url_is_refused_where_it_is_written(string place, string url)
    {
        using var site = new HostileSite();
        var (_, file, location) = Places.Single(p => p.Place == place);
        site.Write(file, place switch
        {
            "article link" => SiteBuilder.FrontMatter + HostileSite.Body + $"\nSee [this]({url}).\n",
            "note link" => HostileSite.Annotations.Replace("October 9, 2006", $"[October 9, 2006]({url})", StringComparison.Ordinal),
            "source.url" => SiteBuilder.FrontMatter.Replace("https://example.org/article", $"\"{url}\"", StringComparison.Ordinal) + HostileSite.Body,
            "base_url" => SiteBuilder.SiteYml.Replace("base_url: https://test.example", $"base_url: \"{url}\"", StringComparison.Ordinal),
            "publisher url" => SiteBuilder.SiteYml.Replace("  url: https://test.example", $"  url: \"{url}\"", StringComparison.Ordinal),
            _ => HostileSite.Sources.Replace("URL: https://undocs.org/S/RES/1718(2006)", $"URL: \"{url}\"", StringComparison.Ordinal),
        });

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.ContentErrors && outcome.Described.SequenceEqual([$"BRF018 {file}:{location}"]), outcome.ToString());
    }
}
