using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefing.Rendering;

/// <summary>Renders citation clusters (already formatted, escaped HTML) and editor's note markers.</summary>
internal sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CitationRenderer>())
        {
            html.ObjectRenderers.Insert(0, new CitationRenderer());
        }
    }

    private sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
    {
        protected override void Write(HtmlRenderer renderer, CitationInline citation) =>
            renderer.Write(citation.Html ?? Html.HtmlText.Escape(citation.SourceText));
    }
}
