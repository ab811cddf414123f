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

    private bool _nearNote;

    private Position[] _positions = [];

    // One shared cite for each position, near-note and first note (none or not read) of a cite without a locator.
    private readonly CiteContext[] _plain = [.. Positions.SelectMany(p => new[] { false, true }.SelectMany(near =>
        new[] { new CiteContext(null, null, p, near, null), new CiteContext(null, null, p, near, 0) }))];

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

        reads._nearNote = reads._tests.Contains("near-note");
        reads._positions = reads.Canonical();
        return reads;
    }

    /// <summary>The cite with what the style never reads of it set to a fixed value.</summary>
    public CiteContext Kept(CiteContext cite)
    {
        var position = _positions[(int)cite.Position];
        var near = cite.NearNote && _nearNote;
        if (cite is { Locator: null, Label: null } && (cite.FirstNoteNumber is null || !_firstNoteNumber))
        {
            return _plain[((int)position * 4) + (near ? 2 : 0) + (cite.FirstNoteNumber is null ? 0 : 1)];
        }

        var note = _firstNoteNumber || cite.FirstNoteNumber is null ? cite.FirstNoteNumber : 0;
        return position == cite.Position && near == cite.NearNote && note == cite.FirstNoteNumber
            ? cite : cite with { Position = position, NearNote = near, FirstNoteNumber = note };
    }

    /// <summary>
    /// The number of the shared cite the cite is kept as (below 16), or -1 for a cite with a locator or a first note number read;
    /// <paramref name="withoutLocator"/> takes the cite as without its locator and label.
    /// </summary>
    public int PlainIndex(CiteContext cite, bool withoutLocator = false)
    {
        if ((!withoutLocator && cite is not { Locator: null, Label: null }) || (cite.FirstNoteNumber is not null && _firstNoteNumber))
        {
            return -1;
        }

        // As _plain is laid out: by canonical position, then near-note, then first note number.
        return ((int)_positions[(int)cite.Position] * 4) + (cite.NearNote && _nearNote ? 2 : 0) + (cite.FirstNoteNumber is null ? 0 : 1);
    }

    /// <summary>For each position, the first one the style cannot tell apart from it.</summary>
    private Position[] Canonical()
    {
        var canonical = new Position[Positions.Length];
        foreach (var position in Positions)
        {
            canonical[(int)position] = Array.Find(Positions, p => Signature(p) == Signature(position));
        }

        return canonical;
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
                        _tests.UnionWith(branch.Condition?.Tests.Where(t => t.Test == ConditionTest.Position).Select(t => t.Value) ?? []);
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
