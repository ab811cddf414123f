using Briefing.Review;
using Briefing.Tests.Support;

namespace Briefing.Tests.Review;

/// <summary>Two input folders compared in process: briefings and sources added and removed, words marked, content escaped.</summary>
public sealed class CompareSitesTests
{
    private const string Sources = """
        references:
          - id: kept
            type: book
            title: Kept
          - id: dropped
            type: book
            title: Dropped
        """;

    [Fact]
    public void A_briefing_added_and_a_source_removed_are_reported_with_the_notes_that_cited_it()
    {
        using var temp = new TempFolder();
        var before = SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", "annotations:\n  - id: test\n    quote: tested a\n    note: See [@dropped].\n", Sources);
        var after = Path.Combine(temp.Path, "after");
        temp.Write("after/site.yml", SiteBuilder.SiteYml);
        temp.Write($"after/briefings/{SiteBuilder.Slug}/article.md", SiteBuilder.FrontMatter + "Pyongyang tested a weapon.\n");
        temp.Write($"after/briefings/{SiteBuilder.Slug}/annotations.yml", "annotations:\n  - id: test\n    quote: tested a\n    note: See [@kept].\n");
        temp.Write("after/briefings/second/article.md", SiteBuilder.FrontMatter + "Another text.\n");
        temp.Write("after/sources.yml", Sources[..Sources.IndexOf("  - id: dropped", StringComparison.Ordinal)]);

        var diff = CompareSites.Run(LoadReviewedSite.Run(before, "before"), LoadReviewedSite.Run(after, "after"));

        Assert.Equal([("second", Changes.Added), (SiteBuilder.Slug, Changes.Changed)], diff.Briefings.Select(b => (b.Slug, b.Status)).OrderBy(b => b.Status));
        var removed = Assert.Single(diff.SharedSources);
        Assert.Equal(("dropped", Changes.Removed), (removed.Key, removed.Change));
        Assert.Equal($"{SiteBuilder.Slug}#test", Assert.Single(removed.CitedBy));
        var note = Assert.Single(diff.Briefings.Single(b => b.Slug == SiteBuilder.Slug).Notes);
        Assert.Equal(Changes.Reworded, note.Change);
    }

    [Fact]
    public void A_changed_source_names_the_variables_that_changed_and_an_unchanged_one_is_not_reported()
    {
        using var temp = new TempFolder();
        var before = SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", "annotations:\n  - id: test\n    quote: tested a\n    note: See [@kept].\n", Sources);
        var after = Path.Combine(temp.Path, "after");
        foreach (var file in Directory.GetFiles(before, "*", SearchOption.AllDirectories))
        {
            temp.Write(Path.Combine("after", Path.GetRelativePath(before, file)), File.ReadAllText(file));
        }

        temp.Write("after/sources.yml", Sources.Replace("title: Kept", "title: Kept, revised\n    issued: 2008-06-18\n    author: [{family: Bajoria, given: Jayshree}]"));

        var diff = CompareSites.Run(LoadReviewedSite.Run(before, "before"), LoadReviewedSite.Run(after, "after"));

        var changed = Assert.Single(diff.SharedSources);
        Assert.Equal(("kept", Changes.Changed), (changed.Key, changed.Change));
        Assert.Equal(["title", "issued", "author"], changed.Fields.ToArray());
        Assert.Equal($"{SiteBuilder.Slug}#test", Assert.Single(changed.CitedBy));
    }

    [Fact]
    public void The_word_diff_marks_only_the_words_that_changed()
    {
        var pieces = WordDiff.Of("The figure is low: 1,352 km.", "The figure is too low: 1,416 km.");

        Assert.Equal("The figure is too low: 1,416 km.", string.Concat(pieces.Where(p => p.Kind != Changes.Removed).Select(p => p.Text)));
        Assert.Equal(["too", "1,416"], pieces.Where(p => p.Kind == Changes.Added).Select(p => p.Text.Trim()));
        Assert.Equal(["1,352"], pieces.Where(p => p.Kind == Changes.Removed).Select(p => p.Text.Trim()));
    }

    [Fact]
    public void Markdown_output_escapes_what_editors_wrote()
    {
        var note = new NoteDiff("x", Changes.Added, "input/a.yml:3", "<script>", null, [new WordPiece(Changes.Added, "![img](https://evil.example/t.png) <b>bold</b>")]);
        var briefing = new BriefingDiff("x", "# Title <img>", Changes.Changed, [note], [], [], [], [], null);

        var markdown = DiffMarkdown.Format(new SiteDiff("main", "HEAD", [briefing], []));

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("![img]", markdown, StringComparison.Ordinal);
        Assert.Contains("#### \\# Title &lt;img&gt;", markdown, StringComparison.Ordinal);
    }
}
