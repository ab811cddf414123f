using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.EndToEnd;

/// <summary>
/// While the shared sources are read, a full build begins its first briefings without them (reading,
/// parsing, anchoring and rendering the article) and finishes them in its loop. How many it begins
/// depends on timing: these tests set the number, and hold a build with none, some and all of its
/// briefings begun ahead to the same site, the same diagnostics and the same cache.
/// </summary>
public sealed class BegunAheadTests : IDisposable
{
    private static readonly string[] Slugs = ["alpha", "bravo", "charlie"];

    private readonly TempFolder _temp = new();

    public BegunAheadTests()
    {
        SiteBuilder.WithSeedCopies(_temp, Slugs);

        // bravo has a sources file of its own, which only the finishing part reads, and cites it.
        _temp.Write("input/briefings/bravo/sources.yml",
            "references:\n  - id: bravo-own\n    type: webpage\n    title: Bravo's Own Source\n    URL: https://example.org/bravo\n");
        Edit("bravo", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "[@peking-review-1961]", "[@peking-review-1961; @bravo-own]"));
    }

    private string Input => Path.Combine(_temp.Path, "input");

    public void Dispose()
    {
        BuildSite.AheadForTests = null;
        _temp.Dispose();
    }

    [Theory]
    [InlineData("good")]
    [InlineData("a briefing's error")]
    [InlineData("errors everywhere")]
    public void A_build_is_the_same_with_none_some_or_all_of_its_briefings_begun_ahead(string content)
    {
        if (content != "good")
        {
            Edit("alpha", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "quote: ", "quote: no such words anywhere "));
        }

        if (content == "errors everywhere")
        {
            // The shared sources' error decides that nothing is written; bravo's own file and a note
            // citing nothing known fail too; charlie's article cannot be read as a briefing.
            File.AppendAllText(Path.Combine(Input, "sources.yml"), "  - id: peking-review-1961\n    type: webpage\n    title: Again\n");
            _temp.Write("input/briefings/bravo/sources.yml", "references:\n  - id: bravo-own\n    type: webpage\n");
            Edit("bravo", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "[@ap-2021]", "[@no-such-source]"));
            _temp.Write("input/briefings/charlie/article.md", "No front matter at all.\n");
        }

        var builds = new[] { 0, 1, Slugs.Length }.Select(ahead =>
        {
            BuildSite.AheadForTests = ahead;
            var output = Path.Combine(_temp.Path, $"ahead-{ahead}", "output");
            var result = BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, output));
            return (
                result.ExitCode,
                Diagnostics: result.Diagnostics.Select(d => $"{d.Severity} {d.Code} {d.File}:{d.Line}:{d.Column} {d.Message}").ToArray(),
                Output: Directory.Exists(output) ? FolderSnapshot.Take(output) : null);
        }).ToArray();

        Assert.Equal(content == "good" ? ExitCode.Success : ExitCode.ContentErrors, builds[0].ExitCode);
        Assert.Equal(content == "good", builds[0].Output is not null);
        if (content == "errors everywhere")
        {
            Assert.Contains(builds[0].Diagnostics, d => d.Contains(DiagnosticCodes.DuplicateSource, StringComparison.Ordinal));
            Assert.Contains(builds[0].Diagnostics, d => d.Contains(DiagnosticCodes.UnknownCitation, StringComparison.Ordinal));
            Assert.Contains(builds[0].Diagnostics, d => d.Contains("charlie/article.md", StringComparison.Ordinal));
        }

        foreach (var build in builds[1..])
        {
            Assert.Equal(builds[0].ExitCode, build.ExitCode);
            Assert.Equal(builds[0].Diagnostics, build.Diagnostics);
            Assert.Equal(builds[0].Output, build.Output);
        }
    }

    [Fact]
    public void Every_file_a_briefing_begun_ahead_read_is_stamped_for_the_next_build()
    {
        var output = Path.Combine(_temp.Path, "site", "output");
        BuildSite.AheadForTests = Slugs.Length;
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, output, UseCache: true)).ExitCode);
        BuildSite.AheadForTests = null;

        // One file read while alpha was begun, one read (by bravo) while it was finished: the rebuild
        // must see both changes, which leave the folders' times as they were.
        Edit("alpha", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: Reworded ahead. "));
        Edit("bravo", "sources.yml", text => text.Replace("Bravo's Own Source", "Bravo's Renamed Source", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, output, UseCache: true)).ExitCode);

        Assert.Contains("Reworded ahead.", File.ReadAllText(Path.Combine(output, "briefings", "alpha", "index.html")), StringComparison.Ordinal);
        Assert.Contains("Renamed Source", File.ReadAllText(Path.Combine(output, "briefings", "bravo", "index.html")), StringComparison.Ordinal);
        var fresh = Path.Combine(_temp.Path, "fresh", "output");
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, fresh)).ExitCode);
        Assert.Equal(FolderSnapshot.Take(fresh), FolderSnapshot.Take(output));
    }

    private void Edit(string slug, string file, Func<string, string> change) => SiteBuilder.Edit(Input, slug, file, change);
}
