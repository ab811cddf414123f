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
    }

    public CslStyle Style { get; }

    public LocaleChain Locale { get; }

    public IReadOnlyDictionary<string, CslItem> Items { get; }

    public Dictionary<string, ItemState> States { get; } = [];

    public ItemState State(string id) => States.GetValueOrDefault(id) ?? ItemState.Initial;

    /// <summary>Evaluates a layout's children for one item; the layout's own formatting is left to the caller.</summary>
    public Node Evaluate(CslItem item, Layout layout, CiteContext cite, bool bibliography, ItemState? state = null) =>
        new GroupNode(Formatting.None, Evaluator.Evaluate(layout.Children, Context(item, layout, cite, bibliography, state)));

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
