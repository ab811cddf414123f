using Briefing.Csl.Locale;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>One processing run: the style, its locale, the items and what disambiguation decided for each.</summary>
internal sealed class Run
{
    /// <param name="memo">What earlier runs kept, or null where the items are seen once.</param>
    public Run(CslStyle style, LocaleChain locale, IReadOnlyDictionary<string, CslItem> items, RenderMemo? memo)
    {
        Style = style;
        Locale = locale;
        Items = items;
        Memo = memo;
    }

    /// <summary>What the style has rendered in this locale before, in this run or an earlier one.</summary>
    public RenderMemo? Memo { get; }

    public CslStyle Style { get; }

    public LocaleChain Locale { get; }

    public IReadOnlyDictionary<string, CslItem> Items { get; }

    public Dictionary<string, ItemState> States { get; } = [];

    public ItemState State(string id) => States.GetValueOrDefault(id) ?? ItemState.Initial;

    /// <summary>Evaluates a layout's children for one item; the layout's own formatting is left to the caller.</summary>
    public Evaluation Evaluate(CslItem item, Layout layout, CiteContext cite, bool bibliography)
    {
        var state = State(item.Id);
        if (Kept(item) is not { } memo || !RenderMemo.IsUndisambiguated(state))
        {
            return new Evaluation(Fresh(item, layout, cite, bibliography, state));
        }

        var key = Key(layout, cite, bibliography, state);
        return memo.Evaluations.TryGet(key, out var kept) ? kept : Keep(memo, key, item, layout, cite, bibliography, state);
    }

    /// <summary>An item's values for each of a layout's sort keys, kept like its evaluations.</summary>
    public SortWords?[] SortValues(CslItem item, Layout layout, CiteContext cite, bool bibliography)
    {
        var state = State(item.Id);
        if (Kept(item) is not { } memo || !RenderMemo.IsUndisambiguated(state))
        {
            return FindSortValues(item, layout, cite, bibliography);
        }

        var key = Key(layout, cite, bibliography, state);
        return memo.SortValues.TryGet(key, out var kept) ? kept : KeepSortValues(memo, key, item, layout, cite, bibliography);
    }

    private SortWords?[] KeepSortValues(ItemMemo memo, MemoKey key, CslItem item, Layout layout, CiteContext cite, bool bibliography) =>
        memo.SortValues.Get(key, () => FindSortValues(item, layout, cite, bibliography), memo.Gate);

    private SortWords?[] FindSortValues(CslItem item, Layout layout, CiteContext cite, bool bibliography)
    {
        var values = new SortWords?[layout.Sort.Count];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Sorting.SortValues.Words(layout.Sort[k], item, layout, this, bibliography, cite);
        }

        return values;
    }

    private Evaluation Keep(ItemMemo memo, MemoKey key, CslItem item, Layout layout, CiteContext cite, bool bibliography, ItemState state) =>
        memo.Evaluations.Get(key, () => new Evaluation(Fresh(item, layout, cite, bibliography, state)), memo.Gate);

    /// <summary>What earlier runs kept of one of the run's items.</summary>
    public ItemMemo? Kept(CslItem item) => Memo?.Item(item);

    /// <summary>The cite as far as the style can tell cites apart.</summary>
    public CiteContext Kept(CiteContext cite) => Memo?.Reads.Kept(cite) ?? cite;

    private GroupNode Fresh(CslItem item, Layout layout, CiteContext cite, bool bibliography, ItemState state) =>
        new(Formatting.None, Evaluator.Evaluate(layout.Children, Context(item, layout, cite, bibliography, state)));

    private MemoKey Key(Layout layout, CiteContext cite, bool bibliography, ItemState state) =>
        new(layout, Kept(cite), bibliography, Style.ReadsCitationNumber ? state.CitationNumber : 0);

    public RenderContext Context(CslItem item, Layout layout, CiteContext cite, bool bibliography, ItemState? state = null, SortKey? key = null) =>
        new(Style, Locale, item, layout, cite, state ?? State(item.Id))
        {
            InBibliography = bibliography,
            SortKey = key,
            InSortKey = key is not null,
        };

    public Inline Render(Node node) => Renderer.Render(node, Locale);

    public string Text(Node node) => Render(node).PlainText();
}
