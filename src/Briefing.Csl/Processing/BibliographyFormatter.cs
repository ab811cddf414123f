using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>Builds the bibliography: sorted entries, subsequent-author-substitute and second-field-align.</summary>
internal static class BibliographyFormatter
{
    public static List<(string Id, Inline Entry)> Format(IReadOnlyList<CslItem> items, Run run)
    {
        var layout = run.Style.Bibliography!;
        var sorted = Sorter.Sort(items, i => i, _ => CiteContext.Bibliography, layout, run, true);
        var nodes = sorted.Select(item => run.Evaluate(item, layout, CiteContext.Bibliography, true)).ToList();
        if (layout.Options.TryGetValue("subsequent-author-substitute", out var substitute))
        {
            AuthorSubstitute.Apply(nodes, substitute, run);
        }
        var entries = new List<(string, Inline)>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var node = nodes[i];
            if (run.Render(node).IsEmpty)
            {
                continue;
            }
            var entry = layout.Option("second-field-align").Length > 0 ? Aligned(node, layout, run) : Renderer.Format(layout.Format with { Delimiter = null }, run.Render(node), run.Locale);
            entries.Add((sorted[i].Id, run.Locale.PunctuationInQuote ? Punctuation.MoveInsideQuotes(entry) : entry));
        }
        return entries;
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
