using System.Collections.Concurrent;
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

    // Each text the style's citations read as, and the first item read so.
    private readonly ConcurrentDictionary<string, CslItem> _readers = new(StringComparer.Ordinal);

    private const int MostStyles = 8;

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
            var (first, count) = (Volatile.Read(ref item.Memo), 0);
            for (var memo = first; memo is not null; memo = memo.Next, count++)
            {
                if (ReferenceEquals(memo.Owner, this))
                {
                    return memo;
                }
            }

            // An item used with many styles keeps what the latest ones made: the others make theirs again.
            var added = new ItemMemo(this, count < MostStyles ? first : null);
            if (ReferenceEquals(Interlocked.CompareExchange(ref item.Memo, added, first), first))
            {
                return added;
            }
        }
    }

    /// <summary>
    /// Notes how an item, as it starts, reads for a cite in the style's citations (its text for disambiguation);
    /// an item that reads as another item (of another id) does is marked, and so is the other. Of any two
    /// such items, the one read later is always marked: a run finds a clash through it.
    /// </summary>
    public void Read(CslItem item, CiteContext cite, string text)
    {
        var index = Reads.PlainIndex(cite);
        var memo = Item(item);
        if (index < 0 || memo.HasRead(index))
        {
            return;
        }

        if (text.Length > 0 && _readers.GetOrAdd(text, item) is var first && first.Id != item.Id)
        {
            Item(first).MarkConfusable();
            memo.MarkConfusable();
        }

        memo.MarkRead(index);
    }

    /// <summary>Whether it is known how the item, as it starts, reads for the cite, and that no other item reads so.</summary>
    public bool ReadsApart(CslItem item, CiteContext cite)
    {
        var index = Reads.PlainIndex(cite);
        return index >= 0 && Item(item).ReadsApart(index);
    }

    /// <summary>As <see cref="ReadsApart(CslItem, CiteContext)"/>, for the cite as without its locator and label.</summary>
    public bool ReadsApartWithoutLocator(CslItem item, CiteContext cite)
    {
        var index = Reads.PlainIndex(cite, withoutLocator: true);
        return index >= 0 && Item(item).ReadsApart(index);
    }

    /// <summary>Whether an item is as it starts, so that what is kept of it holds.</summary>
    public static bool IsUndisambiguated(ItemState state) =>
        state.YearSuffix is null && state.EtAlUseFirst is null && !state.Disambiguate && state.GivenNameLevels.Count == 0;
}

/// <summary>What is kept of one item for one style and locale: its evaluations, sort values and citations.</summary>
internal sealed class ItemMemo(RenderMemo owner, ItemMemo? next)
{
    // Held here rather than behind references of their own, so that a run reaches them in few steps.
    public KeptList<MemoKey, Evaluation> Evaluations;

    /// <summary>The item's values for each sort key of a layout.</summary>
    public KeptList<MemoKey, SortWords?[]> SortValues;

    public KeptList<CitationKey, string> Citations;

    // The cites (by CiteReads.PlainIndex) for which it is known how the item reads; the top bit marks an item read as another is.
    private int _read;

    private const int Confusable = 1 << 30;

    public RenderMemo Owner { get; } = owner;

    /// <summary>The item's memo for another style or locale.</summary>
    public ItemMemo? Next { get; } = next;

    /// <summary>The lock under which kept values are added.</summary>
    public Lock Gate { get; } = new();

    public bool HasRead(int index) => (Volatile.Read(ref _read) & (1 << index)) != 0;

    public void MarkRead(int index) => Interlocked.Or(ref _read, 1 << index);

    /// <summary>Whether it is known how the item reads for the cite, and no item of another id was found to read so.</summary>
    public bool ReadsApart(int index) => (Volatile.Read(ref _read) & (Confusable | (1 << index))) == 1 << index;

    public void MarkConfusable() => Interlocked.Or(ref _read, Confusable);
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
