namespace Briefing.Anchoring;

/// <summary>
/// Where an annotation's quote is in the visible text, [Start, End), and its note's number in reading order. Exact, Prefix
/// and Suffix are the W3C TextQuoteSelector of the passage as the page shows it (32 characters of context each side).
/// </summary>
internal sealed record Anchor(Annotation Annotation, int Start, int End, int Number, string Exact, string Prefix, string Suffix);
