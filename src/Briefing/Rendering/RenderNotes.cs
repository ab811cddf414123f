using System.Collections.Immutable;
using Briefing.Anchoring;
using Briefing.Citations;
using Briefing.Content;
using Briefing.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// Stage: renders each note's Markdown in reading order, formatting its citations in Chicago notes
/// style, and gathers the bibliography of the sources the notes cite. On the page, which always
/// lists every cited source in its bibliography, notes cite in the short form throughout, each
/// short cite linking to its bibliography entry; the standalone form (full at a source's first
/// citation, short after) serves where a note travels without the bibliography (annotations.jsonld).
/// </summary>
internal static class RenderNotes
{
    public static (ImmutableArray<RenderedNote> Notes, ImmutableArray<BibliographyEntry> Bibliography) Run(
        ImmutableArray<Anchor> anchors,
        SourceLibrary sources,
        MarkdownPipelines pipelines,
        DiagnosticBag diagnostics,
        CitationCache? cache = null)
    {
        cache ??= new CitationCache();
        var positions = new CitationPositions();
        var citedBy = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var notes = ImmutableArray.CreateBuilder<RenderedNote>(anchors.Length);
        var citations = new List<(CitationInline Inline, string Short, string Full)>();

        foreach (var anchor in anchors.OrderBy(a => a.Number))
        {
            var annotation = anchor.Annotation;
            positions.StartNote();
            if (MarkdownDepth.Guard(() => Markdown.Parse(annotation.Note, pipelines.Note), annotation.NoteAt, diagnostics) is not { } document)
            {
                continue;
            }

            LinkSafety.Check(document, _ => annotation.NoteAt, diagnostics);

            foreach (var citation in SyntaxWalk.Inlines<CitationInline>(document))
            {
                var cited = new List<CitedItem>();
                foreach (var cite in citation.Cites)
                {
                    if (!sources.Sources.TryGetValue(cite.Key, out var source))
                    {
                        if (!sources.Complete)
                        {
                            continue;
                        }

                        var suggestion = Loading.Suggestions.Closest(cite.Key, sources.Sources.Keys);
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownCitation, annotation.NoteAt,
                            $"The note of annotation '{annotation.Id}' cites '@{cite.Key}', which is not in the sources.",
                            suggestion is null
                                ? "Add the source to input/sources.yml (or sources.json), or fix the key."
                                : $"Did you mean '@{suggestion}'?"));
                        continue;
                    }

                    cited.Add(new CitedItem(cite, source.Item, positions.Next(cite)));
                    if (!citedBy.TryGetValue(cite.Key, out var numbers))
                    {
                        citedBy[cite.Key] = numbers = [];
                    }

                    numbers.Add(anchor.Number);
                }

                positions.EndCluster(cited.Count);
                if (cited.Count > 0)
                {
                    citations.Add((citation, cache.ShortCluster(cited), cache.Cluster(cited)));
                }
            }

            var html = Render(document, citations, standalone: false, pipelines, annotation, diagnostics);
            var standalone = html is null || citations.Count == 0
                ? html
                : Render(document, citations, standalone: true, pipelines, annotation, diagnostics);
            citations.Clear();
            notes.Add(new RenderedNote(anchor.Number, annotation.Id, html ?? "", standalone ?? ""));
        }

        // Sorted by Chicago's key, then by id: an array sort with both keys looked up once per source.
        var entries = new (string SortKey, BibliographyEntry Entry)[citedBy.Count];
        var count = 0;
        foreach (var (key, numbers) in citedBy)
        {
            var item = sources.Sources[key].Item;
            var (sortKey, html) = cache.BibliographyEntry(item);
            entries[count++] = (sortKey, new BibliographyEntry(item.Id, html, [.. numbers], item));
        }

        Array.Sort(entries, static (a, b) =>
        {
            var byKey = string.Compare(a.SortKey, b.SortKey, StringComparison.OrdinalIgnoreCase);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Entry.Item.Id, b.Entry.Item.Id);
        });
        var bibliography = ImmutableArray.CreateBuilder<BibliographyEntry>(entries.Length);
        foreach (var (_, entry) in entries)
        {
            bibliography.Add(entry);
        }


        return (notes.ToImmutable(), bibliography.MoveToImmutable());
    }

    private static string? Render(
        MarkdownDocument document,
        List<(CitationInline Inline, string Short, string Full)> citations,
        bool standalone,
        MarkdownPipelines pipelines,
        Annotation annotation,
        DiagnosticBag diagnostics)
    {
        foreach (var citation in citations)
        {
            citation.Inline.Html = standalone ? citation.Full : citation.Short;
        }

        return MarkdownDepth.Guard(() => document.ToHtml(pipelines.Note), annotation.NoteAt, diagnostics);
    }
}
