using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>Wraps (a piece of) a quoted passage: &lt;mark class="quote" data-note="N"&gt;.</summary>
internal sealed class QuoteHighlight(int number) : ContainerInline
{
    public int Number { get; } = number;
}

/// <summary>Writes the highlights anchoring puts into an article's tree; as an extension, adds itself to the article's renderers.</summary>
internal sealed class QuoteHighlightRenderer : HtmlObjectRenderer<QuoteHighlight>, IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuoteHighlightRenderer>())
        {
            html.ObjectRenderers.Insert(0, new QuoteHighlightRenderer());
        }
    }

    protected override void Write(HtmlRenderer renderer, QuoteHighlight highlight)
    {
        renderer.Write("<mark class=\"quote\" data-note=\"")
            .Write(highlight.Number.ToString(CultureInfo.InvariantCulture))
            .Write("\">");
        renderer.WriteChildren(highlight);
        renderer.Write("</mark>");
    }
}
