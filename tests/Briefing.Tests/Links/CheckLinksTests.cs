using Briefing.Diagnostics;
using Briefing.Links;
using Briefing.Tests.Support;

namespace Briefing.Tests.Links;

/// <summary>`check --links` over a whole input folder: located warnings, archive hints, and the day-long cache.</summary>
public sealed class CheckLinksTests
{
    private static readonly LinkCheckOptions Quick = new() { PerHost = 8, Timeout = TimeSpan.FromSeconds(5), FirstBackoff = TimeSpan.FromMilliseconds(100), AllowLoopback = true };

    [Fact]
    public async Task Every_dead_link_is_a_warning_where_it_is_written_and_a_second_run_within_the_day_asks_no_server()
    {
        await using var server = await LinkServer.StartAsync();
        using var temp = new TempFolder();
        var input = Site(temp, server);
        var cache = Path.Combine(temp.Path, ".briefing-cache", "links.json");

        var first = await CheckLinks.RunAsync(input, cache, Quick, CancellationToken.None);
        var requests = server.Requests;
        var second = await CheckLinks.RunAsync(input, cache, Quick, CancellationToken.None);

        var file = $"input/briefings/{SiteBuilder.Slug}";
        Assert.Equal(6, first.Links);
        Assert.Equal(
            [
                (DiagnosticCodes.MovedLink, $"{file}/annotations.yml", 4),
                (DiagnosticCodes.DeadLink, $"{file}/article.md", 16),
                (DiagnosticCodes.UnreachableLink, $"{file}/article.md", 18),
                (DiagnosticCodes.DeadLink, "input/sources.yml", 2),
                (DiagnosticCodes.DeadLink, "input/sources.yml", 6),
            ],
            first.Diagnostics.Select(d => (d.Code, Relative(temp, d.File), d.Line)).OrderBy(d => d.Item2, StringComparer.Ordinal).ThenBy(d => d.Line));
        Assert.All(first.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(first.Diagnostics, d => d.Hint!.Contains("archived copy is https://web.archive.org/web/2020/gone", StringComparison.Ordinal));
        Assert.Contains(first.Diagnostics, d => d.Hint!.Contains("Add archive_location", StringComparison.Ordinal));
        Assert.Contains(first.Diagnostics, d => d.Message.Contains("answers 500 Internal Server Error", StringComparison.Ordinal));

        Assert.Equal(requests, server.Requests);
        Assert.Equal(6, second.FromCache);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public async Task Check_with_links_adds_the_warnings_and_exits_0_refuses_loopback_and_build_never_checks_links()
    {
        await using var server = await LinkServer.StartAsync();
        using var temp = new TempFolder();
        Site(temp, server);

        var (built, _, _) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "build", "--theme", RepositoryPaths.Theme);
        var afterBuild = server.Requests;
        var (exit, stdout, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "check", "--links", "--format", "github", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, built);
        Assert.Equal(0, afterBuild);
        Assert.True(exit == 0, stderr + stdout);
        // The command has no way to allow loopback: the local server's links are refused, never requested.
        Assert.Equal(0, server.Requests);
        Assert.Contains($"::warning file=input/sources.yml,line=2,col=5,title=BRF063::", stdout, StringComparison.Ordinal);
        Assert.Contains("::notice title=briefing check --links::Checked 6 external links (0 from", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, ".briefing-cache", "links.json")));
    }

    private static string Site(TempFolder temp, LinkServer server)
    {
        var article = $"Pyongyang tested a [weapon]({server.Url("gone")}).\n\nSee <{server.Url("slow")}> and [more]({server.Url("ok/1")}).\n";
        var annotations = $"annotations:\n  - id: test\n    quote: tested a\n    note: See [the report]({server.Url("moved")}) [@dead] [@archived].\n";
        var sources = $"""
            references:
              - id: dead
                type: webpage
                title: Dead
                URL: {server.Url("error")}
              - id: archived
                type: webpage
                title: Archived
                URL: {server.Url("gone")}
                archive_location: https://web.archive.org/web/2020/gone
            """;
        var input = SiteBuilder.Create(temp, article, annotations, sources);
        File.WriteAllText(Path.Combine(SiteBuilder.BriefingFolder(input), "article.md"),
            File.ReadAllText(Path.Combine(SiteBuilder.BriefingFolder(input), "article.md")).Replace("https://example.org/article", server.Url("ok/original"), StringComparison.Ordinal));
        // The publisher's URL is checked too: the local server's, so that no test asks the internet.
        File.WriteAllText(Path.Combine(input, "site.yml"), SiteBuilder.SiteYml.Replace("url: https://test.example", "url: " + server.Url("ok/original"), StringComparison.Ordinal));
        return input;
    }

    private static string Relative(TempFolder temp, string file) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(temp.Path, file).Replace('\\', '/') : file;
}
