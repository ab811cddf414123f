using System.Text;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Hostile inputs too large or too odd to keep as files: huge articles, thousands of notes, deep
/// nesting, CRLF line endings, folders and links where files should be.
/// </summary>
public sealed class HostileGeneratedTests
{
    private const string Article = HostileSite.BriefingPath + "article.md";
    private const string AnnotationsFile = HostileSite.BriefingPath + "annotations.yml";

    [Fact]
    public void A_ten_megabyte_article_builds_with_its_note()
    {
        using var site = new HostileSite();
        var body = new StringBuilder();
        for (var i = 0; body.Length < 10 * 1024 * 1024; i++)
        {
            body.Append(CultureInfoFree($"Paragraph {i} of a very long article, with *some emphasis*, a [link](https://example.org/{i}) and `code`.\n\n"));
        }

        body.Append("The last sentence of the article is unique.\n");
        site.Write(Article, SiteBuilder.FrontMatter + body);
        site.Write(AnnotationsFile, "annotations:\n  - id: last\n    quote: last sentence of the article\n    note: The end.\n");

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
        var page = File.ReadAllText(Path.Combine(site.Output, "briefings", SiteBuilder.Slug, "index.html"));
        Assert.Contains("last sentence of the article</mark><a data-annotation=\"last\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_thousand_annotations_on_one_article_are_numbered_in_reading_order()
    {
        using var site = new HostileSite();
        var body = new StringBuilder();
        var annotations = new StringBuilder("annotations:\n");
        for (var i = 4999; i >= 0; i--)
        {
            annotations.Append(CultureInfoFree($"  - id: n{i}\n    quote: sentence {i:D4} ends\n    note: Note {i}.\n"));
        }

        for (var i = 0; i < 5000; i++)
        {
            body.Append(CultureInfoFree($"The sentence {i:D4} ends here.\n\n"));
        }

        site.Write(Article, SiteBuilder.FrontMatter + body);
        site.Write(AnnotationsFile, annotations.ToString());

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "briefings", SiteBuilder.Slug, "index.html")));
        var markers = document.QuerySelectorAll("a[data-annotation]");
        Assert.Equal(5000, markers.Length);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => ($"n{i}", $"{i + 1}")), markers.Select(m => (m.GetAttribute("data-annotation")!, m.TextContent)));
    }

    public static TheoryData<string, string, string, string> DeepMarkdown() => new()
    {
        // name, file, content, expected diagnostic
        { "10,000 nested block quotes", Article, SiteBuilder.FrontMatter + string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep\n", "BRF026 " + Article + ":0:0" },
        { "10,000 nested list items", Article, SiteBuilder.FrontMatter + string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep\n", "BRF026 " + Article + ":0:0" },
        { "10,000 nested emphases", Article, SiteBuilder.FrontMatter + new string('*', 10_000) + "deep" + new string('*', 10_000) + "\n", "BRF026 " + Article + ":0:0" },
        { "50,000 open brackets", Article, SiteBuilder.FrontMatter + new string('[', 50_000) + "\n", "BRF026 " + Article + ":0:0" },
        { "10,000 nested block quotes in a note", AnnotationsFile, HostileSite.Annotations.Replace("note: North", "note: \"" + string.Concat(Enumerable.Repeat("> ", 10_000)) + "North", StringComparison.Ordinal) + "\"", "BRF026 " + AnnotationsFile + ":4:11" },
        { "a thousand levels of indented lists", Article, SiteBuilder.FrontMatter + string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', 2 * i) + "- item\n")), "BRF026 " + Article + ":0:0" },
        { "three thousand levels of indented lists", Article, SiteBuilder.FrontMatter + string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- item\n")), "BRF026 " + Article + ":0:0" },
        { "10,000 nested block quotes in a page", "input/pages/about.md", "---\ntitle: About\n---\n\nFirst line.\n" + string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep\n", "BRF026 input/pages/about.md:6:1" },
        { "a thousand levels of indented lists in a page", "input/pages/about.md", "---\ntitle: About\n---\n\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', 2 * i) + "- item\n")), "BRF026 input/pages/about.md:205:1" },
        { "10,000 nested emphases in a page", "input/pages/about.md", "---\ntitle: About\n---\n\n" + new string('*', 10_000) + "deep" + new string('*', 10_000) + "\n", "BRF026 input/pages/about.md:5:1" },
    };

    [Fact]
    public void A_quote_found_in_thousands_of_places_lists_the_first_few_and_counts_the_rest()
    {
        using var site = new HostileSite();
        site.Write(Article, SiteBuilder.FrontMatter + string.Concat(Enumerable.Repeat("tested a nuclear weapon in October 2006. ", 50_000)) + "\n");

        var outcome = site.Rebuild();

        Assert.Equal(["BRF013 " + AnnotationsFile + ":3:12"], outcome.Described);
        var message = outcome.Diagnostics.Single().Message;
        Assert.EndsWith(" and 49995 more.", message, StringComparison.Ordinal);
        Assert.Equal(5, message.Split(", ").Length);
    }

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Deeply_nested_markdown_is_a_content_error_not_a_crash(string name, string file, string content, string expected)
    {
        using var site = new HostileSite();
        site.Write(file, content);
        if (file == Article)
        {
            site.Write(AnnotationsFile, "annotations: []\n");
        }

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.ContentErrors && outcome.Described.SequenceEqual([expected]), name + ": " + outcome);
    }

    public static TheoryData<string, string, string, string> CrlfCases() => new()
    {
        // name, file, content (LF, turned into CRLF), expected diagnostic
        { "an unknown annotation key", AnnotationsFile, HostileSite.Annotations.Replace("quote:", "qoute:", StringComparison.Ordinal), "BRF004 " + AnnotationsFile + ":3:5" },
        { "a quote found nowhere", AnnotationsFile, HostileSite.Annotations.Replace("October 2006", "November 2006", StringComparison.Ordinal), "BRF012 " + AnnotationsFile + ":3:12" },
        { "a missing title", Article, SiteBuilder.FrontMatter.Replace("title: A Test Article\n", "", StringComparison.Ordinal) + HostileSite.Body, "BRF005 " + Article + ":2:1" },
        { "an impossible date", Article, SiteBuilder.FrontMatter.Replace("2008-06-18", "2008-02-30", StringComparison.Ordinal) + HostileSite.Body, "BRF007 " + Article + ":7:10" },
        { "a script link in the body", Article, SiteBuilder.FrontMatter + HostileSite.Body + "\nSee [this](javascript:alert(1)).\n", "BRF018 " + Article + ":21:5" },
        { "an impossible source date", "input/sources.yml", HostileSite.Sources.Replace("2006-10-14", "2006-10-34", StringComparison.Ordinal), "BRF007 input/sources.yml:8:13" },
        { "a BOM and an unknown annotation key", AnnotationsFile, "\uFEFF" + HostileSite.Annotations.Replace("quote:", "qoute:", StringComparison.Ordinal), "BRF004 " + AnnotationsFile + ":3:5" },
        { "a BOM and a script link in the body", Article, "\uFEFF" + SiteBuilder.FrontMatter + HostileSite.Body + "\nSee [this](javascript:alert(1)).\n", "BRF018 " + Article + ":21:5" },
    };

    [Theory]
    [MemberData(nameof(CrlfCases))]
    public void With_crlf_line_endings_lines_and_columns_are_still_right(string name, string file, string content, string expected)
    {
        using var site = new HostileSite();
        site.Write(file, content.ReplaceLineEndings("\r\n"));

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.ContentErrors && outcome.Described.SequenceEqual([expected]), name + ": " + outcome);
    }

    [Fact]
    public void A_crlf_site_with_a_bom_builds_and_a_quote_spans_a_line_break()
    {
        using var site = new HostileSite();
        site.Write(Article, ("\uFEFF" + SiteBuilder.FrontMatter + "Pyongyang tested a nuclear\nweapon in October 2006.\n").ReplaceLineEndings("\r\n"));
        site.Write(AnnotationsFile, ("\uFEFF" + HostileSite.Annotations).ReplaceLineEndings("\r\n"));
        site.Write("input/sources.yml", HostileSite.Sources.ReplaceLineEndings("\r\n"));

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
        var page = File.ReadAllText(Path.Combine(site.Output, "briefings", SiteBuilder.Slug, "index.html"));
        Assert.Contains("data-annotation=\"first-test\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", page, StringComparison.Ordinal);
    }

    private static string CultureInfoFree(FormattableString text) => FormattableString.Invariant(text);
}
