using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>Builds the bibliography: sorted entries, subsequent-author-substitute and second-field-align.</summary>
internal static class BibliographyFormatter
{
    /// <summary>The entries as text (<paramref name="text"/> writes one in the output format, <paramref name="format"/>).</summary>
    public static List<(string Id, string Text)> Format(IReadOnlyList<CslItem> items, Run run, object format, Func<Inline, string> text)
    {
        var layout = run.Style.Bibliography!;
        var sorted = Sorter.Sort(items, i => i, _ => CiteContext.Bibliography, layout, run, true);
        var nodes = sorted.Select(item => run.Evaluate(item, layout, CiteContext.Bibliography, true)).ToList();
        if (nodes.Count > 1 && layout.Options.TryGetValue("subsequent-author-substitute", out var substitute))
        {
            AuthorSubstitute.Apply(nodes, substitute, run);
        }
        var entries = new List<(string, string)>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var node = nodes[i];
            if (!run.Render(node).IsEmpty)
            {
                entries.Add((sorted[i].Id, run.Memo.Entry(node, format, () => text(Entry(node, layout, run)))));
            }
        }
        return entries;
    }

    private static Inline Entry(Node node, Layout layout, Run run)
    {
        var entry = layout.Option("second-field-align").Length > 0 ? Aligned(node, layout, run) : Renderer.Format(layout.Format with { Delimiter = null }, run.Render(node), run.Locale);
        return run.Locale.PunctuationInQuote ? Punctuation.MoveInsideQuotes(entry) : entry;
    }

    private static Inline Aligned(Node node, Layout layout, Run run)
    {
        var children = node is GroupNode group ? group.Children.Select(run.Render).Where(c => !c.IsEmpty).ToList() : [run.Render(node)];
        if (children.Count == 0)
        {
            return Inline.Empty;
        }
        var format = layout.Format with { Delimiter = null };
        var left = Renderer.Format(format with { Suffix = null }, children[0], run.Locale);
        var right = Renderer.Format(format with { Prefix = null }, Renderer.Join(children.Skip(1), null, run.Locale), run.Locale);
        return Inline.Concat(Inline.Div("left-margin", left), Inline.Div("right-inline", right));
    }
}
