using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>
/// Builds with the cache (.briefing-cache/ beside the output folder) after each kind of change, and
/// compares the output with a build from nothing: an incremental build must make the very same site,
/// redo only what changed, and fall back to a full build whenever the cache cannot be trusted.
/// </summary>
public sealed partial class IncrementalBuildTests : IDisposable
{
    private static readonly string[] Slugs = ["alpha", "bravo", "charlie"];

    private readonly TempFolder _temp = new();

    public IncrementalBuildTests()
    {
        SiteBuilder.WithSeedCopies(_temp, Slugs);

        // Each briefing its own topic too, so that topic pages differ in what they list.
        foreach (var slug in Slugs)
        {
            Edit(slug, "article.md", text => text.Replace("topics: [", $"topics: [Topic {slug}, ", StringComparison.Ordinal));
        }
    }

    private string Input => Path.Combine(_temp.Path, "input");

    private string Output => Path.Combine(_temp.Path, "site", "output");

    private string CacheFolder => Path.Combine(_temp.Path, "site", ".briefing-cache", "output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_cache_lives_beside_the_output_folder_and_a_rebuild_without_changes_rewrites_nothing()
    {
        Build();
        var before = Times();

        var result = Build();

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.True(Directory.Exists(CacheFolder));
        Assert.DoesNotContain(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories), f => f.Contains("cache", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, Times());
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Rewording_a_note_rewrites_only_that_briefings_page_and_annotations()
    {
        Build();
        var before = Times();

        Edit("bravo", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: Reworded. "));
        Build();

        var changed = Changed(before, Times());
        Assert.Equal(["briefings/bravo/annotations.jsonld", "briefings/bravo/index.html"], changed);
        Assert.Contains("Reworded.", File.ReadAllText(Path.Combine(Output, "briefings", "bravo", "index.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void Removing_a_note_updates_the_index_topics_and_feed_as_a_full_build_would()
    {
        Build();

        Edit("charlie", "annotations.yml", RemoveLastNote);
        var result = Build();

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Equal(44, result.Notes);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_list_page_made_again_keeps_nothing_of_what_was_changed_in_output()
    {
        Build();

        // Alpha's entry in the index and in a topic page all three are on, altered with the files' size
        // and time kept: the cache trusts the files, but a list page is made in full from the briefings.
        foreach (var (page, link) in new[] { ("index.html", "briefings/alpha/index.html"), ("topics/china/index.html", "../../briefings/alpha/index.html") })
        {
            var path = Path.Combine(Output, page);
            var text = File.ReadAllText(path);
            Assert.Contains($"href=\"{link}\"", text, StringComparison.Ordinal);
            MarkKeepingStamp(path, text.Replace($"href=\"{link}\"", $"href=\"{link.Replace("alpha", "ALPHA", StringComparison.Ordinal)}\"", StringComparison.Ordinal));
        }

        // Charlie's note count changes: both pages are made again, and alpha's entry is printed anew.
        Edit("charlie", "annotations.yml", RemoveLastNote);
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void The_sitemap_follows_a_briefings_new_date()
    {
        Build();
        var sitemap = Path.Combine(Output, "sitemap.xml");
        var made = File.ReadAllBytes(sitemap);
        var madeAt = File.GetLastWriteTimeUtc(sitemap);

        // A note's count is not in the sitemap: it is left as it was, time and all.
        Edit("charlie", "annotations.yml", RemoveLastNote);
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.Equal(made, File.ReadAllBytes(sitemap));
        Assert.Equal(madeAt, File.GetLastWriteTimeUtc(sitemap));

        // A briefing's date is in it.
        Edit("bravo", "article.md", text => text.Replace("updated: 2008-06-18", "updated: 2009-01-05", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.Contains("<lastmod>2009-01-05</lastmod>", File.ReadAllText(sitemap), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_topic_whose_latest_briefing_leaves_it_gets_its_new_date_in_the_sitemap()
    {
        // Bravo, the latest, and alpha share a topic; then bravo leaves it. No briefing's slug or date
        // changes and the topic stays, but its latest date (its page's lastmod) is alpha's now.
        Edit("bravo", "article.md", text => text.Replace("updated: 2008-06-18", "updated: 2009-01-05", StringComparison.Ordinal));
        foreach (var slug in new[] { "alpha", "bravo" })
        {
            Edit(slug, "article.md", text => text.Replace("topics: [", "topics: [Shared, ", StringComparison.Ordinal));
        }

        Build();
        Assert.Equal("2009-01-05", TopicLastMod("shared"));

        Edit("bravo", "article.md", text => text.Replace("topics: [Shared, ", "topics: [", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.Equal("2008-06-18", TopicLastMod("shared"));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void The_feed_follows_its_entries()
    {
        Build();
        var feed = Path.Combine(Output, "feed.xml");
        var made = File.ReadAllBytes(feed);

        // Each briefing has a summary of its own, so a note's count is not in the feed.
        Edit("charlie", "annotations.yml", RemoveLastNote);
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.Equal(made, File.ReadAllBytes(feed));

        // Without its summary, an entry reads "republished with N editor's notes": the summary's removal
        // and then a note's change the feed, as a full build would.
        Edit("bravo", "article.md", text => text[..text.IndexOf("summary:", StringComparison.Ordinal)] + text[text.IndexOf("---\n## ", StringComparison.Ordinal)..]);
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        AssertSameAsFullBuild();
        var notes = CountNotes("bravo");
        Assert.Contains($"republished with {notes} editor’s notes.", File.ReadAllText(feed), StringComparison.Ordinal);

        Edit("bravo", "annotations.yml", RemoveLastNote);
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.Contains($"republished with {notes - 1} editor’s notes.", File.ReadAllText(feed), StringComparison.Ordinal);
        AssertSameAsFullBuild();

        int CountNotes(string slug) =>
            File.ReadAllText(Path.Combine(Input, "briefings", slug, "annotations.yml")).Split("\n  - id:").Length - 1;
    }

    [Fact]
    public void A_file_touched_with_its_content_unchanged_rewrites_nothing()
    {
        Build();
        var manifest = Path.Combine(CacheFolder, "manifest.json");
        var before = Times();
        var stored = File.ReadAllBytes(manifest);

        var article = Path.Combine(Input, "briefings", "bravo", "article.md");
        File.SetLastWriteTimeUtc(article, File.GetLastWriteTimeUtc(article).AddMinutes(5));
        var result = Build();

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Empty(Changed(before, Times()));
        Assert.Equal(stored, File.ReadAllBytes(manifest));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_file_changed_with_its_size_and_time_kept_soon_after_it_was_written_is_noticed()
    {
        Build();

        // A file written within the last seconds is read again whatever its stamp: a same-length edit within the same tick is seen.
        var annotations = Path.Combine(Input, "briefings", "bravo", "annotations.yml");
        var text = File.ReadAllText(annotations);
        var at = text.IndexOf("note: ", StringComparison.Ordinal) + "note: ".Length;
        var changed = text[..at] + (text[at] == 'X' ? 'Y' : 'X') + text[(at + 1)..];
        MarkKeepingStamp(annotations, changed);
        Assert.Equal(ExitCode.Success, Build().ExitCode);

        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_file_the_build_does_not_read_changes_nothing_and_a_new_sources_file_is_read()
    {
        // A full build stamps the files it read; a file added later shows in the folder's time.
        Build();
        var before = Times();

        _temp.Write("input/briefings/bravo/notes.txt", "An editor's scratch file.\n");
        var result = Build();

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Empty(Changed(before, Times()));
        AssertSameAsFullBuild();

        // A new sources file that defines a source again: the rebuild must read it and fail as a full build does.
        _temp.Write("input/briefings/bravo/sources.yml", "references:\n  - id: peking-review-1961\n    type: webpage\n    title: Again\n");
        var withSources = Build();
        var fromNothing = BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, Path.Combine(_temp.Path, "fresh", "output")));

        Assert.Equal(ExitCode.ContentErrors, withSources.ExitCode);
        Assert.Equal(
            fromNothing.Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}"),
            withSources.Diagnostics.Select(d => $"{d.Code} {d.File}:{d.Line}:{d.Column}"));
        Assert.Contains(withSources.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateSource);
    }

    [Fact]
    public void A_new_briefing_and_a_removed_briefing_come_and_go_with_their_pages_and_topics()
    {
        Build();

        Directory.Delete(Path.Combine(Input, "briefings", "alpha"), recursive: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Input, "briefings", "bravo")))
        {
            _temp.WriteBytes(Path.Combine("input", "briefings", "delta", Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        Edit("delta", "article.md", text => text.Replace("Topic bravo", "Topic delta", StringComparison.Ordinal));
        Build();

        Assert.False(Directory.Exists(Path.Combine(Output, "briefings", "alpha")));
        Assert.False(Directory.Exists(Path.Combine(Output, "topics", "topic-alpha")));
        Assert.True(File.Exists(Path.Combine(Output, "topics", "topic-delta", "index.html")));
        AssertSameAsFullBuild();
    }

    private BuildResult Build() =>
        BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, Output, UseCache: true));

    private string TopicLastMod(string topic) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(Output, "sitemap.xml")).Descendants()
            .Where(e => e.Name.LocalName == "url")
            .Single(url => url.Elements().First(e => e.Name.LocalName == "loc").Value.EndsWith($"/topics/{topic}/", StringComparison.Ordinal))
            .Elements().First(e => e.Name.LocalName == "lastmod").Value;

    private void AssertSameAsFullBuild()
    {
        var fresh = Path.Combine(_temp.Path, "fresh", "output");
        var result = BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, fresh));
        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Equal(FolderSnapshot.Take(fresh), FolderSnapshot.Take(Output));
        Directory.Delete(Path.GetDirectoryName(fresh)!, recursive: true);
    }

    private Dictionary<string, DateTime> Times() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static string[] Changed(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var was) || was != a.Value).Select(a => a.Key).Order(StringComparer.Ordinal)];

    // Rewrites a file with its size and time kept.
    private static void MarkKeepingStamp(string path, string text)
    {
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, time);
    }

    private static string RemoveLastNote(string annotations) => annotations[..annotations.LastIndexOf("  - id:", StringComparison.Ordinal)];

    private void Edit(string slug, string file, Func<string, string> change) => SiteBuilder.Edit(Input, slug, file, change);
}
