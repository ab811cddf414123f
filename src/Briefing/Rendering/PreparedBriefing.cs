using Briefing.Anchoring;
using Briefing.Loading;

namespace Briefing.Rendering;

/// <summary>
/// A briefing as far as it goes without sources (<see cref="BuildBriefing.Prepare"/>). Anchors is null when the article
/// could not be parsed, Html when it could not be rendered; the notes of Unanchored annotations are still checked.
/// </summary>
internal sealed record PreparedBriefing(BriefingFiles Files, Article? Article, ImmutableArray<Anchor>? Anchors, string? Html)
{
    public ImmutableArray<Annotation> Unanchored { get; init; } = [];
}
