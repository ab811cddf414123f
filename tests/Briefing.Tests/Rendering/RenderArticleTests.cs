using Briefing.Rendering;
using Markdig;
using Markdig.Syntax;

namespace Briefing.Tests.Rendering;

public sealed class RenderArticleTests
{
    private static readonly MarkdownPipelines Pipelines = new();

    private static string Render(string markdown) => RenderArticle.ToHtml(RenderArticle.Parse(markdown, Pipelines), Pipelines);

    [Fact]
    public void Nothing_is_made_typographic()
    {
        var html = Render("\"Straight\" quotes -- and --- dashes... 'single' (c) 1/2\n");

        Assert.Equal("<p>&quot;Straight&quot; quotes -- and --- dashes... 'single' (c) 1/2</p>\n", html);
    }

    [Fact]
    public void Raw_html_is_rendered_as_text()
    {
        Assert.Equal("<p>&lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;</p>\n", Render("<b onclick=\"x()\">bold</b>\n"));
    }

    [Fact]
    public void A_heading_never_takes_an_id_the_page_uses_for_notes()
    {
        Assert.Equal("<h2 id=\"section-note-1\">Note 1</h2>\n<h2 id=\"strong-allies\">Strong Allies</h2>\n", Render("## Note 1\n\n## Strong Allies\n"));
    }

    [Fact]
    public void Pipe_tables_and_footnotes_are_understood()
    {
        var html = Render("| a | b |\n|---|---|\n| 1 | 2 |\n\nText.[^1]\n\n[^1]: Note.\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:1\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("see [@unsc-1718] now", true)]
    [InlineData("see [@unsc-1718, p. 4; @other] now", true)]
    [InlineData("see [see above] now", false)]
    [InlineData("see [a link](https://example.org) now", false)]
    [InlineData("mail [me@example.org] now", false)]
    public void Citation_clusters_in_notes_are_recognised_and_nothing_else(string note, bool isCitation)
    {
        var document = Markdown.Parse(note, Pipelines.Note);

        Assert.Equal(isCitation, document.Descendants<CitationInline>().Any());
    }
}
