using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>Builds the bibliography: sorted entries, subsequent-author-substitute and second-field-align.</summary>
internal static class BibliographyFormatter
{
    /// <summary>The entries as text (<paramref name="text"/> writes one in the output format, <paramref name="format"/>).</summary>
    /// <param name="inOrder">The items are sorted already.</param>
    public static List<(string Id, string Text)> Format(IReadOnlyList<CslItem> items, bool inOrder, Run run, object format, Func<Inline, string> text)
    {
        var layout = run.Style.Bibliography!;
        var sorted = inOrder ? items : Sorter.Sort(items, i => i, _ => CiteContext.Bibliography, layout, run, true);
        var entries = new Evaluation[sorted.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = run.Evaluate(sorted[i], layout, CiteContext.Bibliography, true);
        }

        if (entries.Length > 1 && layout.Options.TryGetValue("subsequent-author-substitute", out var substitute))
        {
            AuthorSubstitute.Apply(entries, substitute, run);
        }

        var result = new List<(string, string)>(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            if (!entries[i].Rendered(run.Locale).IsEmpty)
            {
                result.Add((sorted[i].Id, entries[i].Entry(format, entry => text(Entry(entry, layout, run)))));
            }
        }

        return result;
    }

    private static Inline Entry(Evaluation entry, Layout layout, Run run)
    {
        var text = layout.Option("second-field-align").Length > 0 ? Aligned(entry.Node, layout, run)
            : Renderer.Format(layout.Format with { Delimiter = null }, entry.Rendered(run.Locale), run.Locale);
        return run.Locale.PunctuationInQuote ? Punctuation.MoveInsideQuotes(text) : text;
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
