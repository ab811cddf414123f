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
/// style (full form at a source's first citation on the page, short form after), and gathers the
/// bibliography of the sources the notes cite.
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

        foreach (var anchor in anchors.OrderBy(a => a.Number))
        {
            var annotation = anchor.Annotation;
            positions.StartNote();
            if (MarkdownDepth.Guard(() => Markdown.Parse(annotation.Note, pipelines.Note), annotation.NoteAt, diagnostics) is not { } document)
            {
                continue;
            }

            LinkSafety.Check(document, _ => annotation.NoteAt, diagnostics);

            foreach (var citation in document.Descendants<CitationInline>())
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
                    citation.Html = cache.Cluster(cited);
                }
            }

            notes.Add(new RenderedNote(anchor.Number, annotation.Id,
                MarkdownDepth.Guard(() => document.ToHtml(pipelines.Note), annotation.NoteAt, diagnostics) ?? ""));
        }

        var bibliography = citedBy
            .Select(pair => sources.Sources[pair.Key].Item)
            .OrderBy(cache.SortKey, StringComparer.OrdinalIgnoreCase)
            .ThenBy(item => item.Id, StringComparer.Ordinal)
            .Select(item => new BibliographyEntry(item.Id, cache.BibliographyEntry(item), [.. citedBy[item.Id]], item))
            .ToImmutableArray();

        return (notes.ToImmutable(), bibliography);
    }
}
