using Briefing.Anchoring;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Briefing.Rendering;

/// <summary>
/// The two Markdig pipelines, built once per run and shared (immutable and thread-safe once built). Neither does
/// typographic replacement, and neither lets raw HTML through: it is rendered as text.
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
            .Use<QuoteHighlightRenderer>()
            .Build();

        var note = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableHtml();
        note.InlineParsers.InsertBefore<Markdig.Parsers.Inlines.LinkInlineParser>(new CitationInlineParser());
        Note = note.Build();
    }

    public MarkdownPipeline Article { get; }

    public MarkdownPipeline Note { get; }
}
