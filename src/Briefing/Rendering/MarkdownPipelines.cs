using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Briefing.Rendering;

/// <summary>
/// The two Markdig pipelines, built once per run and shared by every page (Markdig pipelines are
/// immutable and thread-safe once built). Neither does typographic replacement, and neither lets
/// raw HTML through: it is rendered as text.
/// </summary>
internal sealed class MarkdownPipelines
{
    public MarkdownPipelines()
    {
        Article = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseFootnotes()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .DisableHtml()
            .Use<AnchorMarkupExtension>()
            .Build();

        var note = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableHtml();
        note.InlineParsers.InsertBefore<Markdig.Parsers.Inlines.LinkInlineParser>(new CitationInlineParser());
        note.Extensions.Add(new CitationExtension());
        Note = note.Build();
    }

    public MarkdownPipeline Article { get; }

    public MarkdownPipeline Note { get; }
}

/// <summary>Renders what anchoring puts into an article's tree: highlighted passages and note markers.</summary>
internal sealed class AnchorMarkupExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer)
    {
        if (renderer is Markdig.Renderers.HtmlRenderer html && !html.ObjectRenderers.Contains<Anchoring.QuoteHighlightRenderer>())
        {
            html.ObjectRenderers.Insert(0, new Anchoring.EditorNoteMarkerRenderer());
            html.ObjectRenderers.Insert(0, new Anchoring.QuoteHighlightRenderer());
        }
    }
}
