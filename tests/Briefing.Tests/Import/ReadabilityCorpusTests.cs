using Briefing.Import;
using Briefing.Tests.Support;

namespace Briefing.Tests.Import;

/// <summary>
/// Real saved pages from Readability's own tests (Pages/, see ORIGIN.md): the words an import keeps
/// are the words Readability extracts from the same page, in order, and every one of them is in the page.
/// </summary>
public sealed class ReadabilityCorpusTests
{
    private static readonly string Pages = Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Import", "Pages");

    public static TheoryData<string> PageNames() => [.. Names()];

    private static IEnumerable<string> Names() => Directory.GetDirectories(Pages).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(PageNames))]
    public void Imported_words_match_what_Readability_extracts(string name)
    {
        var (similarity, _) = Compare(name);
        Assert.True(similarity >= 0.93, $"{name}: word-sequence similarity {similarity:F3} to Readability's output");
    }

    [Fact]
    public void The_median_page_matches_Readability_at_least_99_percent()
    {
        var similarities = Names().Select(name => Compare(name).Similarity).Order().ToList();
        Assert.True(similarities[similarities.Count / 2] >= 0.99, string.Join(", ", similarities));
        Assert.True(similarities.Count(s => s >= 0.93) >= 0.95 * similarities.Count, string.Join(", ", similarities));
    }

    [Theory]
    [MemberData(nameof(PageNames))]
    public void No_imported_word_is_missing_from_the_page(string name)
    {
        var (_, imported) = Compare(name);
        var page = File.ReadAllText(Path.Combine(Pages, name, "source.html"));
        var pageWords = ImportedWords.OfHtml(page).ToHashSet(StringComparer.Ordinal);
        var text = string.Join(' ', ImportedWords.OfHtml(page));
        Assert.All(imported, word => Assert.True(pageWords.Contains(word) || text.Contains(word, StringComparison.Ordinal), $"{name}: '{word}'"));
    }

    [Theory]
    [MemberData(nameof(PageNames))]
    public void The_Markdown_says_exactly_the_words_Readability_extracted(string name)
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, name, "source.html")), "http://fakehost/test/page.html", out _)!;
        Assert.DoesNotContain(article.Dropped.Describe(), d => d.Contains("differ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blog_post_gives_its_title_author_and_date()
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, "001", "source.html")), "http://fakehost/test/page.html", out _)!;
        // Readability's own title for this page keeps the section after the separator.
        Assert.StartsWith("Get your Frontend JavaScript Code Covered", article.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2013, 9, 29), article.Published);
        Assert.Contains(article.Authors, a => a.Name == "Nicolas Perriault");
        Assert.Contains("```", article.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_to_left_page_keeps_its_text()
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, "rtl-1", "source.html")), null, out _)!;
        Assert.Contains("Lorem ipsum dolor sit amet.", article.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_table_stays_a_table()
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, "keep-tabular-data", "source.html")), null, out _)!;
        Assert.Contains("| --- |", article.Markdown, StringComparison.Ordinal);
        Assert.Contains("`<video>`", article.Markdown, StringComparison.Ordinal);
    }

    private static (double Similarity, List<string> Imported) Compare(string name)
    {
        var folder = Path.Combine(Pages, name);
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(folder, "source.html")), "http://fakehost/test/page.html", out var refusal);
        Assert.True(article is not null, refusal);
        var imported = ImportedWords.OfMarkdown(article.Markdown);
        var expected = ImportedWords.OfHtml(File.ReadAllText(Path.Combine(folder, "expected.html")));
        return (ImportedWords.Similarity(imported, expected), imported);
    }
}
