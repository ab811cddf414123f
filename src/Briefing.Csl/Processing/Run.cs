using Briefing.Csl.Locale;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>One processing run: the style, its locale, the items and what disambiguation decided for each.</summary>
internal sealed class Run
{
    public Run(CslStyle style, LocaleChain locale, IReadOnlyDictionary<string, CslItem> items)
    {
        Style = style;
        Locale = locale;
        Items = items;
        Memo = RenderMemo.For(locale);
    }

    /// <summary>What the style has rendered in this locale before, in this run or an earlier one.</summary>
    public RenderMemo Memo { get; }

    public CslStyle Style { get; }

    public LocaleChain Locale { get; }

    public IReadOnlyDictionary<string, CslItem> Items { get; }

    public Dictionary<string, ItemState> States { get; } = [];

    public ItemState State(string id) => States.GetValueOrDefault(id) ?? ItemState.Initial;

    /// <summary>Evaluates a layout's children for one item; the layout's own formatting is left to the caller.</summary>
    public Node Evaluate(CslItem item, Layout layout, CiteContext cite, bool bibliography, ItemState? state = null)
    {
        var itemState = state ?? State(item.Id);
        return Memo.Node(item, itemState, Key(layout, cite, bibliography, itemState),
            () => new GroupNode(Formatting.None, Evaluator.Evaluate(layout.Children, Context(item, layout, cite, bibliography, itemState))));
    }

    /// <summary>An item's value for a sort key, as words, kept like its evaluations.</summary>
    public string[]? SortWords(CslItem item, Layout layout, SortKey key, CiteContext cite, bool bibliography, Func<string[]?> find)
    {
        var itemState = State(item.Id);
        return Memo.SortWords(item, itemState, Key(layout, cite, bibliography, itemState, key), find);
    }

    private MemoKey Key(Layout layout, CiteContext cite, bool bibliography, ItemState state, SortKey? key = null) =>
        new(layout, Kept(cite), bibliography, Style.ReadsCitationNumber ? state.CitationNumber : 0, key);

    /// <summary>The cite as far as the style can tell cites apart: the first note's number only where the style reads it.</summary>
    public CiteContext Kept(CiteContext cite) =>
        Style.ReadsFirstNoteNumber || cite.FirstNoteNumber is null ? cite : cite with { FirstNoteNumber = 0 };

    public RenderContext Context(CslItem item, Layout layout, CiteContext cite, bool bibliography, ItemState? state = null, SortKey? key = null) =>
        new(Style, Locale, item, layout, cite, state ?? State(item.Id))
        {
            InBibliography = bibliography,
            SortKey = key,
            InSortKey = key is not null,
        };

    public Inline Render(Node node) => Memo.Rendered(node, n => Renderer.Render(n, Locale));

    public string Text(Node node) => Render(node).PlainText();
}
