using System.Runtime.CompilerServices;
using Briefing.Csl.Locale;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>
/// What one style rendered in one locale, kept from one run to the next, item by item: an item's evaluation
/// for a cite (or its sort values) while disambiguation has left the item as it is, and what was made of it.
/// Items and nodes never change, so an item cited again, in another run with the same cite, gives the same
/// output; an item that disambiguation changed is evaluated afresh.
/// </summary>
internal sealed class RenderMemo
{
    private static readonly ConditionalWeakTable<LocaleChain, RenderMemo> ByLocale = new();

    private RenderMemo(CslStyle style) => Reads = CiteReads.Of(style);

    /// <summary>What of a cite the style's citations read.</summary>
    public CiteReads Reads { get; }

    /// <summary>The memo of a style's locale chain (each chain belongs to one style).</summary>
    public static RenderMemo For(CslStyle style, LocaleChain locale) => ByLocale.GetValue(locale, _ => new RenderMemo(style));

    /// <summary>What is kept of an item for this style and locale; the item carries it, so it lasts as long as the item.</summary>
    public ItemMemo Item(CslItem item)
    {
        while (true)
        {
            var memos = Volatile.Read(ref item.Memos);
            foreach (var memo in memos)
            {
                if (ReferenceEquals(memo.Owner, this))
                {
                    return memo;
                }
            }

            var added = new ItemMemo(this);
            if (ReferenceEquals(Interlocked.CompareExchange(ref item.Memos, [.. memos, added], memos), memos))
            {
                return added;
            }
        }
    }

    /// <summary>Whether an item is as it starts, so that what is kept of it holds.</summary>
    public static bool IsUndisambiguated(ItemState state) =>
        state.YearSuffix is null && state.EtAlUseFirst is null && !state.Disambiguate && state.GivenNameLevels.Count == 0;
}

/// <summary>What is kept of one item for one style and locale: its evaluations, sort values and citations.</summary>
internal sealed class ItemMemo(RenderMemo owner)
{
    public RenderMemo Owner { get; } = owner;

    public KeptList<MemoKey, Evaluation> Evaluations { get; } = new();

    /// <summary>The item's values for each sort key of a layout.</summary>
    public KeptList<MemoKey, SortWords?[]> SortValues { get; } = new();

    public KeptList<CitationKey, string> Citations { get; } = new();
}

/// <summary>What an evaluation of one item depends on besides the item: the layout (by reference), the cite, the bibliography or not and the citation number where the style reads it.</summary>
internal readonly struct MemoKey(Layout layout, CiteContext cite, bool bibliography, int citationNumber) : IEquatable<MemoKey>
{
    private readonly Layout _layout = layout;
    private readonly CiteContext _cite = cite;
    private readonly bool _bibliography = bibliography;
    private readonly int _citationNumber = citationNumber;
    private readonly int _shape = Shape(cite);

    public bool Equals(MemoKey other) => ReferenceEquals(_layout, other._layout) && _bibliography == other._bibliography
        && _citationNumber == other._citationNumber && _shape == other._shape && (ReferenceEquals(_cite, other._cite) || _cite.Equals(other._cite));

    /// <summary>The cite's position, near-note and which parts it has, compared before the cite itself.</summary>
    public static int Shape(CiteContext cite) => (int)cite.Position | (cite.NearNote ? 4 : 0) | (cite.FirstNoteNumber is null ? 0 : 8)
        | (cite.Locator is null ? 0 : 16) | (cite.Label is null ? 0 : 32);

    public override bool Equals(object? obj) => obj is MemoKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_layout), _bibliography, _citationNumber, _cite);
}
