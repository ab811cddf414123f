using Briefing.Anchoring;
using Briefing.Loading;

namespace Briefing.Rendering;

/// <summary>
/// A briefing as far as it goes without sources (see <see cref="BuildBriefing.Prepare"/>): its
/// files, article, anchored annotations and article HTML. <see cref="Anchors"/> is null when the article could
/// not be read or parsed; <see cref="Html"/> when it could not be rendered. <see cref="Unanchored"/>
/// holds the annotations whose quote was not placed: their notes are still checked.
/// </summary>
internal sealed record PreparedBriefing(BriefingFiles Files, Article? Article, ImmutableArray<Anchor>? Anchors, string? Html)
{
    public ImmutableArray<Annotation> Unanchored { get; init; } = [];
}
