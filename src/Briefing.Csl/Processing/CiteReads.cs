using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>
/// What of a cite's position the style's citations read: position tests (first, subsequent, ibid,
/// ibid-with-locator, near-note) and the et-al-subsequent options. Cites that differ only in what is
/// never read give the same output, so they share what is kept of them.
/// </summary>
internal sealed class CiteReads
{
    private static readonly string[] SubsequentOptions = ["et-al-subsequent-min", "et-al-subsequent-use-first"];

    private static readonly Position[] Positions = [Position.First, Position.Subsequent, Position.IbidWithLocator, Position.Ibid];

    private readonly HashSet<string> _tests = [];

    private bool _subsequentNames;

    private bool _firstNoteNumber;

    private CiteReads() { }

    public static CiteReads Of(CslStyle style)
    {
        var reads = new CiteReads { _firstNoteNumber = style.ReadsFirstNoteNumber };
        reads._subsequentNames = SubsequentOptions.Any(o => style.Options.ContainsKey(o) || style.Citation?.NameOptions.ContainsKey(o) == true);
        reads.Walk(style.Citation?.Children ?? []);
        foreach (var macro in style.Macros.Values)
        {
            reads.Walk(macro);
        }

        return reads;
    }

    /// <summary>The cite with what the style never reads of it set to a fixed value.</summary>
    public CiteContext Kept(CiteContext cite)
    {
        var position = Array.Find(Positions, p => Signature(p) == Signature(cite.Position));
        var near = cite.NearNote && _tests.Contains("near-note");
        var note = _firstNoteNumber || cite.FirstNoteNumber is null ? cite.FirstNoteNumber : 0;
        return position == cite.Position && near == cite.NearNote && note == cite.FirstNoteNumber
            ? cite : cite with { Position = position, NearNote = near, FirstNoteNumber = note };
    }

    /// <summary>The position as far as the style tells positions apart.</summary>
    private (bool First, bool Ibid, bool IbidWithLocator) Signature(Position position) => (
        (_subsequentNames || _tests.Contains("first") || _tests.Contains("subsequent")) && position == Position.First,
        _tests.Contains("ibid") && position is Position.Ibid or Position.IbidWithLocator,
        _tests.Contains("ibid-with-locator") && position == Position.IbidWithLocator);

    private void Walk(IReadOnlyList<Element> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case GroupElement group:
                    Walk(group.Children);
                    break;
                case ChooseElement choose:
                    foreach (var branch in choose.Branches)
                    {
                        _tests.UnionWith(branch.Condition?.Tests.Where(t => t.Test == "position").Select(t => t.Value) ?? []);
                        Walk(branch.Children);
                    }

                    break;
                case NamesElement names:
                    _subsequentNames |= names.Name is { } name && SubsequentOptions.Any(name.Options.ContainsKey);
                    Walk(names.Substitute ?? []);
                    break;
            }
        }
    }
}
