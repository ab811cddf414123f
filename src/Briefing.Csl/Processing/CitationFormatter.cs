using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>Builds one citation: evaluates and sorts its cites, collapses them and applies the layout.</summary>
internal static class CitationFormatter
{
    /// <param name="startsNote">The citation is the first of its note, where a leading term such as "ibid." is capitalized.</param>
    public static Inline Format(CslCitation citation, IReadOnlyList<CiteContext> contexts, Run run, bool startsNote)
    {
        var layout = run.Style.Citation!;
        var cites = new List<RenderedCite>();
        for (var i = 0; i < citation.Cites.Count; i++)
        {
            var cite = citation.Cites[i];
            if (!run.Items.TryGetValue(cite.Id, out var item))
            {
                continue;
            }
            cites.Add(new RenderedCite(cite, item, contexts[i], Evaluate(cite, item, contexts[i], layout, run)));
        }
        cites = SortWithinAffixes(cites, layout, run);
        for (var i = 0; i < cites.Count && run.Style.Class == "note"; i++)
        {
            if (cites[i].Cite.Prefix is null ? i == 0 && startsNote : EndsSentence(cites[i].Cite.Prefix!))
            {
                cites[i] = cites[i] with { Output = cites[i].Output.Capitalized(run.Locale) };
            }
        }
        var collapse = layout.Option("collapse");
        var grouping = collapse.Length > 0 || layout.Options.ContainsKey("cite-group-delimiter");
        var node = collapse == "citation-number" ? Collapse.Numbers(cites, layout, run)
            : grouping ? Collapse.Years(cites, layout, collapse.Length == 0 ? null : collapse, run)
            : new GroupNode(Formatting.None with { Delimiter = layout.Format.Delimiter }, [.. cites.ConvertAll(c => c.Affixed(Rendered(c, run)))]);
        var joined = run.Render(node);
        var result = Renderer.Format(layout.Format with { Delimiter = null }, joined, run.Locale);
        return run.Locale.PunctuationInQuote ? Punctuation.MoveInsideQuotes(result) : result;
    }

    /// <summary>A prefix of more than one word that ends a sentence ("He said “Please work.” ").</summary>
    private static bool EndsSentence(string prefix)
    {
        var end = prefix.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', '\u00BB');
        return prefix.EndsWith(' ') && end.Length > 0 && end[^1] is '.' or '!' or '?' && prefix.Trim().Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>Sorts cites without moving any across a cite's prefix or suffix.</summary>
    private static List<RenderedCite> SortWithinAffixes(List<RenderedCite> cites, Layout layout, Run run)
    {
        var result = new List<RenderedCite>();
        var run0 = new List<RenderedCite>();
        foreach (var cite in cites)
        {
            if (run0.Count > 0 && (run0[^1].Cite.Suffix is not null || cite.Cite.Prefix is not null))
            {
                result.AddRange(Sorter.Sort(run0, c => c.Item, c => c.Context, layout, run, false));
                run0.Clear();
            }
            run0.Add(cite);
        }
        result.AddRange(Sorter.Sort(run0, c => c.Item, c => c.Context, layout, run, false));
        return result;
    }

    /// <summary>What a cite shows when the style renders nothing for its item, as citeproc-js writes it.</summary>
    private const string NoPrintedForm = "[CSL STYLE ERROR: reference with no printed form.]";

    /// <summary>A cite's output as the rendering its evaluation keeps: a node renders as the leaf of its rendering.</summary>
    private static LeafNode Rendered(RenderedCite cite, Run run) => new(cite.Output.Rendered(run.Locale));

    private static Evaluation Evaluate(CslCite cite, CslItem item, CiteContext context, Layout layout, Run run)
    {
        var evaluation = run.Evaluate(item, layout, context, false);
        if (evaluation.Rendered(run.Locale).IsEmpty)
        {
            return new Evaluation(new LeafNode(Inline.Str(NoPrintedForm)));
        }
        if (cite.SuppressAuthor)
        {
            return new Evaluation(NodeEdit.ReplaceFirst(evaluation.Node, TagKind.Names, null));
        }
        return cite.AuthorOnly ? new Evaluation(NodeEdit.KeepOnly(evaluation.Node, TagKind.Names) ?? new GroupNode(Formatting.None, [])) : evaluation;
    }
}
