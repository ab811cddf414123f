using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>
/// A site built for a sub-path works there and from disk: every link and asset of a page is relative to
/// it and names a file the output has; only 404.html, served at any address, starts from the base URL's path.
/// </summary>
public sealed partial class RelativeLinksTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_link_and_asset_of_every_page_is_relative_and_names_a_file_of_the_output()
    {
        SiteBuilder.WithSeedCopies(_temp, "second-briefing");
        var options = SiteBuilder.Options(_temp) with { BaseUrl = "https://example.org/annotated" };
        var result = BuildSite.Run(options);
        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));

        var output = Path.GetFullPath(options.OutputFolder);
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Where(p => Path.GetFileName(p) != "404.html").ToList();
        Assert.True(pages.Count >= 5);
        foreach (var page in pages)
        {
            foreach (var link in Links(File.ReadAllText(page)).Where(l => Internal(l)))
            {
                Assert.False(link.StartsWith('/') || link.EndsWith('/'), $"{page}: {link}");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Split('#')[0]));
                Assert.True(File.Exists(target) && target.StartsWith(output, StringComparison.Ordinal), $"{page}: {link}");
            }
        }

        var notFound = File.ReadAllText(Path.Combine(output, "404.html"));
        Assert.All(Links(notFound).Where(l => Internal(l)),
            link => Assert.StartsWith("/annotated/", link, StringComparison.Ordinal));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/annotated/404.html\">", notFound, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_that_notes_and_pages_write_from_the_site_root_reach_their_page_under_a_sub_path()
    {
        var input = SiteBuilder.WithSeedCopies(_temp, "second-briefing");
        File.AppendAllText(Path.Combine(input, "pages", "about.md"), "\nSee [every briefing](/) and [this page](/about/?x=1#top).\n");
        SiteBuilder.Edit(input, "second-briefing", "annotations.yml",
            text => SiteBuilder.ReplaceFirst(text, "marking its 60th anniversary [@ap-2021].", "marking its 60th anniversary [@ap-2021]. See [About](/about/#sources)."));
        var options = SiteBuilder.Options(_temp) with { BaseUrl = "https://example.org/annotated" };
        var result = BuildSite.Run(options);
        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));

        var about = File.ReadAllText(Path.Combine(options.OutputFolder, "about", "index.html"));
        Assert.Contains("<a href=\"../index.html\">every briefing</a>", about, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../about/index.html?x=1#top\">this page</a>", about, StringComparison.Ordinal);
        var briefing = File.ReadAllText(Path.Combine(options.OutputFolder, "briefings", "second-briefing", "index.html"));
        Assert.Contains("<a href=\"../../about/index.html#sources\">About</a>", briefing, StringComparison.Ordinal);
    }

    /// <summary>A link within the site: not a fragment of the page itself, nor an address elsewhere.</summary>
    private static bool Internal(string link) => !link.StartsWith('#') && !Scheme().IsMatch(link);

    private static IEnumerable<string> Links(string html) => Link().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("\\s(?:href|src|action)=\"([^\"]*)\"")]
    private static partial Regex Link();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();
}
