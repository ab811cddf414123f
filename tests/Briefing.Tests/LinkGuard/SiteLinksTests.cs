using Briefing.Diagnostics;
using Briefing.Links;
using Briefing.Tests.Links;
using Briefing.Tests.Support;

namespace Briefing.Tests.LinkGuard;

/// <summary>`check --links` checks the site's own pages, the publisher's URL and each briefing's original too, each at its file and line.</summary>
public sealed class SiteLinksTests
{
    private static readonly LinkCheckOptions Quick = new() { PerHost = 8, Timeout = TimeSpan.FromSeconds(5), AllowLoopback = true };

    [Fact]
    public async Task Links_in_pages_the_publishers_url_and_the_original_are_warnings_where_they_are_written()
    {
        await using var server = await LinkServer.StartAsync();
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, $"An article linking [home]({server.Url("ok/article")}).\n");
        File.WriteAllText(Path.Combine(SiteBuilder.BriefingFolder(input), "article.md"),
            File.ReadAllText(Path.Combine(SiteBuilder.BriefingFolder(input), "article.md")).Replace("https://example.org/article", server.Url("gone/original"), StringComparison.Ordinal));
        temp.Write("input/site.yml", SiteBuilder.SiteYml.Replace("url: https://test.example", "url: " + server.Url("gone/publisher"), StringComparison.Ordinal));
        temp.Write("input/pages/about.md", $"---\ntitle: About\n---\n\nWho we are.\n\nSee [our report]({server.Url("gone/report")}) and <{server.Url("moved")}>.\n");

        var report = await CheckLinks.RunAsync(input, Path.Combine(temp.Path, "links.json"), Quick, CancellationToken.None);

        Assert.Equal(5, report.Links);
        Assert.Equal(
            [
                (DiagnosticCodes.DeadLink, $"input/briefings/{SiteBuilder.Slug}/article.md", 9, 8, "The original (source.url) is dead"),
                (DiagnosticCodes.DeadLink, "input/pages/about.md", 7, 5, "A link in the page 'about' is dead"),
                (DiagnosticCodes.MovedLink, "input/pages/about.md", 7, server.Url("gone/report").Length + 24, "A link in the page 'about' has moved for good"),
                (DiagnosticCodes.DeadLink, "input/site.yml", 6, 8, "The publisher's URL (site.yml) is dead"),
            ],
            report.Diagnostics.Select(d => (d.Code, Relative(temp, d.File), d.Line, d.Column, d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]))
                .OrderBy(d => d.Item2, StringComparer.Ordinal).ThenBy(d => d.Column));
    }

    private static string Relative(TempFolder temp, string file) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(temp.Path, file).Replace('\\', '/') : file;
}
