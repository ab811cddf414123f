using Briefing.Content;

namespace Briefing.Citations;

/// <summary>A cite resolved to its source, with its position among the cites before it.</summary>
internal sealed record CitedItem(Cite Cite, CslItem Item, CitationPosition Position);
