using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>Wraps (a piece of) a quoted passage: &lt;mark class="quote" data-note="N"&gt;.</summary>
internal sealed class QuoteHighlight(int number) : ContainerInline
{
    public int Number { get; } = number;
}

internal sealed class QuoteHighlightRenderer : HtmlObjectRenderer<QuoteHighlight>
{
    protected override void Write(HtmlRenderer renderer, QuoteHighlight highlight)
    {
        renderer.Write("<mark class=\"quote\" data-note=\"")
            .Write(highlight.Number.ToString(CultureInfo.InvariantCulture))
            .Write("\">");
        renderer.WriteChildren(highlight);
        renderer.Write("</mark>");
    }
}
