namespace Briefing.Csl.Rendering;

/// <summary>Where a cite stands relative to earlier cites of the same item.</summary>
internal enum Position { First, Subsequent, IbidWithLocator, Ibid }

/// <summary>A cite as the evaluator sees it: locator, label and position, or none in a bibliography.</summary>
internal sealed record CiteContext(string? Locator, string? Label, Position Position, bool NearNote, int? FirstNoteNumber)
{
    public static readonly CiteContext Bibliography = new(null, null, Position.First, false, null);
}
