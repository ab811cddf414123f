using System.Text.Json;
using Briefing.Import;
using Briefing.Tests.Support;
using Xunit.Abstractions;

namespace Briefing.Tests.Import;

/// <summary>
/// Real saved pages from Readability's own tests (Pages/, see ORIGIN.md): the words an import keeps
/// are the words Readability extracts from the same page, in order, and every one of them is in the page.
/// </summary>
public sealed class ReadabilityCorpusTests(ITestOutputHelper output)
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
    public void The_median_page_matches_Readability_at_least_99_percent_and_95_percent_of_pages_at_least_93()
    {
        var similarities = Names().Select(name => (Name: name, Compare(name).Similarity)).OrderBy(p => p.Similarity).ToList();
        foreach (var (name, similarity) in similarities)
        {
            output.WriteLine($"{similarity:F4}  {name}");
        }

        var median = Median(similarities.Select(p => p.Similarity).ToList());
        var lowest95 = similarities[(int)Math.Floor(0.05 * similarities.Count)].Similarity;
        output.WriteLine($"{similarities.Count} pages: median {median:F4}, 95% of pages at least {lowest95:F4}, lowest {similarities[0].Similarity:F4}");
        Assert.True(median >= 0.99, $"median {median:F4}");
        Assert.True(similarities.Count(p => p.Similarity >= 0.93) >= 0.95 * similarities.Count, $"95th percentile lowest {lowest95:F4}");
    }

    [Fact]
    public void Titles_and_bylines_are_found_as_Readability_finds_them()
    {
        int titles = 0, titlesFound = 0, bylines = 0, bylinesFound = 0;
        foreach (var name in Names().Where(n => File.Exists(Path.Combine(Pages, n, "expected-metadata.json"))))
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Pages, name, "expected-metadata.json")));
            var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, name, "source.html")), "http://fakehost/test/page.html");
            var title = Text(metadata.RootElement, "title");
            var byline = Text(metadata.RootElement, "byline");
            var titleFound = title is not null && Spaced(article.Title) == Spaced(title);
            var bylineFound = byline is not null && article.Authors.Any(a => byline.Contains(a.Name, StringComparison.OrdinalIgnoreCase));
            (titles, titlesFound) = (titles + (title is null ? 0 : 1), titlesFound + (titleFound ? 1 : 0));
            (bylines, bylinesFound) = (bylines + (byline is null ? 0 : 1), bylinesFound + (bylineFound ? 1 : 0));
            output.WriteLine($"{name}: title {(titleFound ? "found" : $"'{article.Title}' for '{title}'")}; byline {(byline is null ? "none expected" : bylineFound ? "found" : $"'{string.Join(", ", article.Authors.Select(a => a.Name))}' for '{byline}'")}");
        }

        output.WriteLine($"titles found: {titlesFound} of {titles}; bylines found: {bylinesFound} of {bylines}");
        Assert.True(titles > 0 && bylines > 0, "the corpus has expected titles and bylines");
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
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, name, "source.html")), "http://fakehost/test/page.html");
        Assert.DoesNotContain(article.Dropped.Describe(), d => d.Contains("differ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_blog_post_gives_its_title_author_and_date()
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, "001", "source.html")), "http://fakehost/test/page.html");
        // Readability's own title for this page keeps the section after the separator.
        Assert.StartsWith("Get your Frontend JavaScript Code Covered", article.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2013, 9, 29), article.Published);
        Assert.Contains(article.Authors, a => a.Name == "Nicolas Perriault");
        Assert.Contains("```", article.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_right_to_left_page_keeps_its_text()
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, "rtl-1", "source.html")), null);
        Assert.Contains("Lorem ipsum dolor sit amet.", article.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_table_stays_a_table()
    {
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(Pages, "keep-tabular-data", "source.html")), null);
        Assert.Contains("| --- |", article.Markdown, StringComparison.Ordinal);
        Assert.Contains("`<video>`", article.Markdown, StringComparison.Ordinal);
    }

    private static (double Similarity, List<string> Imported) Compare(string name)
    {
        var folder = Path.Combine(Pages, name);
        var article = HtmlPage.Read(File.ReadAllText(Path.Combine(folder, "source.html")), "http://fakehost/test/page.html");
        var imported = ImportedWords.OfMarkdown(article.Markdown);
        var expected = ImportedWords.OfHtml(File.ReadAllText(Path.Combine(folder, "expected.html")));
        return (ImportedWords.Similarity(imported, expected), imported);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string? Text(JsonElement metadata, string property) =>
        metadata.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Spaced(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
