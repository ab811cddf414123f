using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>
/// A citation's output text, kept while each of its items is as it starts: the same cites (item, locator,
/// affixes, position as far as the style reads it) in the same place of a note give the same text.
/// </summary>
internal static class Citations
{
    /// <param name="resolved">The citation's cites whose items are known, with their positions.</param>
    /// <param name="make">Writes a citation: the run, the citation, its cites' positions and whether it opens its note.</param>
    public static string Text(Run run, CslCitation citation, IReadOnlyList<CiteContext> contexts, ReadOnlySpan<(CslItem Item, CiteContext Context)> resolved,
        bool startsNote, object format, Func<Run, CslCitation, IReadOnlyList<CiteContext>, bool, string> make)
    {
        if (run.Memo is null || citation.Cites.Count == 0 || resolved.Length != citation.Cites.Count)
        {
            return make(run, citation, contexts, startsNote);
        }

        var rest = citation.Cites.Count == 1 ? null : new (CslItem Item, CslCite Cite, CiteContext Context, int Number)[citation.Cites.Count - 1];
        var first = default((CslItem Item, CslCite Cite, CiteContext Context, int Number));
        for (var i = 0; i < citation.Cites.Count; i++)
        {
            var cite = citation.Cites[i];
            if (run.State(cite.Id) is var state && !RenderMemo.IsUndisambiguated(state))
            {
                return make(run, citation, contexts, startsNote);
            }

            var kept = (resolved[i].Item, cite, run.Kept(contexts[i]), run.Style.ReadsCitationNumber ? state.CitationNumber : 0);
            if (i == 0)
            {
                first = kept;
            }
            else
            {
                rest![i - 1] = kept;
            }
        }

        var memo = run.Kept(resolved[0].Item)!;
        var key = new CitationKey(first, rest, startsNote, format);
        return memo.Citations.TryGet(key, out var text) ? text : Keep(memo, key, run, citation, contexts, startsNote, make);
    }

    private static string Keep(ItemMemo memo, CitationKey key, Run run, CslCitation citation, IReadOnlyList<CiteContext> contexts, bool startsNote,
        Func<Run, CslCitation, IReadOnlyList<CiteContext>, bool, string> make) =>
        memo.Citations.Get(key, () => make(run, citation, contexts, startsNote), memo.Gate);
}
