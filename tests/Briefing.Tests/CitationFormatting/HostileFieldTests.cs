using Briefing.CitationFormatting;
using Briefing.Content;
using Briefing.Csl;
using static Briefing.Tests.Citations.Sources;

namespace Briefing.Tests.CitationFormatting;

/// <summary>Bibliography fields come from editors' files and the web: nothing in them may become markup beyond CSL's rich text.</summary>
public sealed class HostileFieldTests
{
    private static readonly CslFormatter Chicago = CslFormatter.For(null);

    private static readonly Content.CslItem Hostile = Source("""
        {"id": "x", "type": "webpage", "author": [{"literal": "<b>Evil</b> & Co"}], "title": "<script>alert(1)</script>",
         "container-title": "Site \"quoted\" <img src=x onerror=alert(1)>", "issued": {"date-parts": [[2020]]}, "URL": "javascript:alert(1)"}
        """);

    [Fact]
    public void Script_and_other_tags_in_fields_are_escaped_in_notes_and_bibliography()
    {
        var note = Full(Hostile, new CslCite("x"));
        var entry = Entry(Hostile);

        foreach (var html in new[] { note, entry })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
            Assert.Contains("&#38; Co", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JAVASCRIPT:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("mailto:a@example.org")]
    [InlineData("/relative/path")]
    [InlineData("java\tscript:alert(1)")]
    public void Only_http_urls_become_links(string url)
    {
        var entry = Entry(Hostile.With("URL", url).With("title", "T"));

        Assert.DoesNotContain("<a", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_in_a_url_cannot_leave_the_href_attribute()
    {
        var entry = Entry(Hostile.With("URL", "https://example.org/\"onmouseover=\"alert(1)").With("title", "T"));

        Assert.Contains(
            "<a href=\"https://example.org/&#34;onmouseover=&#34;alert(1)\">https://example.org/&#34;onmouseover=&#34;alert(1)</a>",
            entry,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_suffix_and_locator_are_escaped()
    {
        var cite = new CslCite("x") { Prefix = "<img src=x onerror=alert(1)> ", Suffix = " & <script>more</script>", Locator = "<4>", Label = "page" };

        var note = Full(Hostile.With("title", "T"), cite);

        Assert.DoesNotContain("<img", note, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", note, StringComparison.Ordinal);
        Assert.Contains("&#60;4&#62;", note, StringComparison.Ordinal);
    }

    private static string Full(Content.CslItem item, CslCite cite) => Chicago.Citations([new NoteCitation([(item, cite)], 1, false)], full: true)[0];

    private static string Entry(Content.CslItem item) => Assert.Single(Chicago.Bibliography([item])).Html;
}
