using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Briefing.Csl.Locale;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>
/// What one style rendered in one locale, kept from one run to the next: an item's evaluation for a cite
/// (or a sort key) while disambiguation has left the item as it is, and the rendering of each such
/// evaluation. Items, nodes and rendered text never change, so an item cited again, in another run with
/// the same cite, gives the same output; an item that disambiguation changed is evaluated afresh.
/// </summary>
internal sealed class RenderMemo
{
    private static readonly ConditionalWeakTable<LocaleChain, RenderMemo> ByLocale = new();

    private readonly ConditionalWeakTable<CslItem, ItemMemo> _items = new();
    private readonly ConditionalWeakTable<Node, StrongBox<Inline?>> _rendered = new();
    private readonly ConditionalWeakTable<Node, ConcurrentDictionary<object, string>> _entries = new();
    private readonly ConditionalWeakTable<Node, object> _derived = new();

    /// <summary>The memo of a style's locale chain (each chain belongs to one style).</summary>
    public static RenderMemo For(LocaleChain locale) => ByLocale.GetValue(locale, _ => new RenderMemo());

    /// <summary>The item's evaluation for the key, made once while its state is the one it starts with.</summary>
    public Node Node(CslItem item, ItemState state, MemoKey key, Func<Node> evaluate)
    {
        if (!IsUndisambiguated(state))
        {
            return evaluate();
        }

        var nodes = _items.GetValue(item, _ => new ItemMemo()).Nodes;
        if (nodes.TryGetValue(key, out var node))
        {
            return node;
        }

        node = evaluate();
        _rendered.AddOrUpdate(node, new StrongBox<Inline?>());
        return nodes.GetOrAdd(key, node);
    }

    /// <summary>The item's sort value for the key, found once while its state is the one it starts with.</summary>
    public string[]? SortWords(CslItem item, ItemState state, MemoKey key, Func<string[]?> find) =>
        IsUndisambiguated(state) ? _items.GetValue(item, _ => new ItemMemo()).SortWords.GetOrAdd(key, _ => find()) : find();

    /// <summary>What is found from a node once (by <paramref name="find"/>, the same for every caller); kept when the node is a kept evaluation.</summary>
    public T Derived<T>(Node node, Func<Node, T> find)
        where T : class =>
        _rendered.TryGetValue(node, out _) ? (T)_derived.GetValue(node, n => find(n)) : find(node);

    /// <summary>
    /// A citation's output text, made once while each of its items is as it starts: the same cites (item,
    /// locator, affixes, position) in the same place of a note give the same text.
    /// </summary>
    public string Citation(Run run, CslCitation citation, IReadOnlyList<CiteContext> contexts, bool startsNote, object format, Func<string> make)
    {
        var cites = new (CslItem Item, CslCite Cite, CiteContext Context, int Number)[citation.Cites.Count];
        for (var i = 0; i < cites.Length; i++)
        {
            var cite = citation.Cites[i];
            if (!run.Items.TryGetValue(cite.Id, out var item) || run.State(cite.Id) is var state && !IsUndisambiguated(state))
            {
                return make();
            }

            cites[i] = (item, cite, run.Kept(contexts[i]), run.Style.ReadsCitationNumber ? state.CitationNumber : 0);
        }

        return cites.Length == 0 ? make()
            : _items.GetValue(cites[0].Item, _ => new ItemMemo()).Citations.GetOrAdd(new CitationKey(cites, startsNote, format), _ => make());
    }

    /// <summary>A bibliography entry's output text, made once for an entry that is a kept evaluation.</summary>
    public string Entry(Node node, object format, Func<string> make) =>
        _rendered.TryGetValue(node, out _) ? _entries.GetValue(node, _ => new()).GetOrAdd(format, _ => make()) : make();

    /// <summary>A node's rendering; kept when the node is a kept evaluation.</summary>
    public Inline Rendered(Node node, Func<Node, Inline> render) =>
        _rendered.TryGetValue(node, out var box) ? box.Value ??= render(node) : render(node);

    private static bool IsUndisambiguated(ItemState state) =>
        state.YearSuffix is null && state.EtAlUseFirst is null && !state.Disambiguate && state.GivenNameLevels.Count == 0;

    private sealed class ItemMemo
    {
        public ConcurrentDictionary<MemoKey, Node> Nodes { get; } = new();

        public ConcurrentDictionary<MemoKey, string[]?> SortWords { get; } = new();

        public ConcurrentDictionary<CitationKey, string> Citations { get; } = new();
    }

    /// <summary>A citation's cites (items by reference), whether it opens its note, and the output format.</summary>
    private sealed class CitationKey((CslItem Item, CslCite Cite, CiteContext Context, int Number)[] cites, bool startsNote, object format)
        : IEquatable<CitationKey>
    {
        private readonly (CslItem Item, CslCite Cite, CiteContext Context, int Number)[] _cites = cites;

        public bool Equals(CitationKey? other)
        {
            if (other is null || other._cites.Length != _cites.Length || startsNote != other.StartsNote || !ReferenceEquals(format, other.Format))
            {
                return false;
            }

            for (var i = 0; i < _cites.Length; i++)
            {
                var (a, b) = (_cites[i], other._cites[i]);
                if (!ReferenceEquals(a.Item, b.Item) || a.Number != b.Number || a.Cite != b.Cite || a.Context != b.Context)
                {
                    return false;
                }
            }

            return true;
        }

        private bool StartsNote => startsNote;

        private object Format => format;

        public override bool Equals(object? obj) => Equals(obj as CitationKey);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(startsNote);
            foreach (var (item, cite, context, number) in _cites)
            {
                hash.Add(RuntimeHelpers.GetHashCode(item));
                hash.Add(cite);
                hash.Add(context);
                hash.Add(number);
            }

            return hash.ToHashCode();
        }
    }
}

/// <summary>What an evaluation of one item depends on besides the item: the layout (by reference), the cite, the bibliography or not, the sort key (by reference) and the citation number where the style reads it.</summary>
internal readonly struct MemoKey(Layout layout, CiteContext cite, bool bibliography, int citationNumber, SortKey? sortKey = null) : IEquatable<MemoKey>
{
    private readonly Layout _layout = layout;
    private readonly CiteContext _cite = cite;
    private readonly bool _bibliography = bibliography;
    private readonly int _citationNumber = citationNumber;
    private readonly SortKey? _sortKey = sortKey;

    public bool Equals(MemoKey other) => ReferenceEquals(_layout, other._layout) && ReferenceEquals(_sortKey, other._sortKey)
        && _bibliography == other._bibliography && _citationNumber == other._citationNumber && _cite.Equals(other._cite);

    public override bool Equals(object? obj) => obj is MemoKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_layout), _sortKey is null ? 0 : RuntimeHelpers.GetHashCode(_sortKey),
        _bibliography, _citationNumber, _cite);
}
