using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>A citation cluster in a note, "[@key, p. 4; @other]"; its HTML is set once positions are known.</summary>
internal sealed class CitationInline : LeafInline
{
    public required ImmutableArray<Cite> Cites { get; init; }

    public required string SourceText { get; init; }

    public string? Html { get; set; }
}
