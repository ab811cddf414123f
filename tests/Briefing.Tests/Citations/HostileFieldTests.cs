using Briefing.Citations;
using Briefing.Content;

namespace Briefing.Tests.Citations;

/// <summary>Bibliography fields come from editors' files and the web: nothing in them may become markup.</summary>
public sealed class HostileFieldTests
{
    private static readonly CslItem Hostile = new()
    {
        Id = "x",
        Type = "webpage",
        Author = [new CslName { Literal = "<b>Evil</b> & Co" }],
        Title = "<script>alert(1)</script>",
        ContainerTitle = "Site \"quoted\" <i>",
        Issued = new CslDate(2020),
        Url = "javascript:alert(1)",
    };

    [Fact]
    public void Script_in_a_title_is_escaped_in_notes_and_bibliography()
    {
        var note = Format(Hostile, CitationPosition.First, new Cite("x", string.Empty, string.Empty, null));
        var entry = ChicagoStyle.FormatBibliographyEntry(Hostile);

        Assert.Equal(
            "(&lt;b&gt;Evil&lt;/b&gt; &amp; Co, “&lt;Script&gt;alert(1)&lt;/Script&gt;,” Site “quoted” &lt;i&gt;, 2020, javascript:alert(1))",
            note);
        Assert.Equal(
            "&lt;b&gt;Evil&lt;/b&gt; &amp; Co. “&lt;Script&gt;alert(1)&lt;/Script&gt;.” Site “quoted” &lt;i&gt;, 2020. javascript:alert(1).",
            entry);
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
        var entry = ChicagoStyle.FormatBibliographyEntry(Hostile with { Url = url, Title = "T" });

        Assert.DoesNotContain("<a", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_in_a_url_cannot_leave_the_href_attribute()
    {
        var entry = ChicagoStyle.FormatBibliographyEntry(Hostile with { Url = "https://example.org/\"onmouseover=\"alert(1)", Title = "T" });

        Assert.Contains(
            "<a href=\"https://example.org/&quot;onmouseover=&quot;alert(1)\">https://example.org/&quot;onmouseover=&quot;alert(1)</a>",
            entry,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Doi_is_escaped_inside_its_link()
    {
        var entry = ChicagoStyle.FormatBibliographyEntry(Hostile with { Doi = "10.1/<x>", Title = "T" });

        Assert.Contains("<a href=\"https://doi.org/10.1/&lt;x&gt;\">https://doi.org/10.1/&lt;x&gt;</a>", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefix_suffix_and_locator_are_escaped()
    {
        var cite = new Cite("x", "<img src=x onerror=alert(1)>", " & <b>more</b>", new Locator("page", "<4>"));

        var note = Format(Hostile with { Title = "T" }, CitationPosition.Subsequent, cite);

        Assert.Equal("(&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;Evil&lt;/b&gt; &amp; Co, “T,” &lt;4&gt; &amp; &lt;b&gt;more&lt;/b&gt;)", note);
    }

    private static string Format(CslItem item, CitationPosition position, Cite cite) =>
        ChicagoStyle.FormatCluster([new CitedItem(cite, item, position)]);
}
