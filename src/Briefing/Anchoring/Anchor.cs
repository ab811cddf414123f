using Briefing.Content;

namespace Briefing.Anchoring;

/// <summary>
/// Where an annotation's quote is in the article's visible text: [Start, End). Number is the note's
/// number in reading order.
/// </summary>
internal sealed record Anchor(Annotation Annotation, int Start, int End, int Number);
