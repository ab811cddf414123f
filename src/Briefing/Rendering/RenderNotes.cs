using System.Collections.Immutable;
using Briefing.Anchoring;
using Briefing.Citations;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Layout;
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
        var notes = new NoteRendering(sources, pipelines, diagnostics, cache ?? new CitationCache());
        var rendered = ImmutableArray.CreateBuilder<RenderedNote>(anchors.Length);
        foreach (var anchor in anchors.OrderBy(a => a.Number))
        {
            if (notes.Render(anchor) is { } note)
            {
                rendered.Add(note);
            }
        }

        return (rendered.ToImmutable(), notes.Bibliography());
    }

    /// <summary>Reports what is wrong in notes that will not be shown (their quote was not found), as rendering them would.</summary>
    public static void Check(ImmutableArray<Annotation> annotations, SourceLibrary sources, MarkdownPipelines pipelines, DiagnosticBag diagnostics)
    {
        var notes = new NoteRendering(sources, pipelines, diagnostics, new CitationCache());
        for (var i = 0; i < annotations.Length; i++)
        {
            notes.Render(new Anchor(annotations[i], 0, 0, i + 1, "", "", ""));
        }
    }

    /// <summary>The notes of one briefing, rendered one after another: where each source was cited before, and by which notes.</summary>
    private sealed class NoteRendering(SourceLibrary sources, MarkdownPipelines pipelines, DiagnosticBag diagnostics, CitationCache cache)
    {
        private readonly CitationPositions _positions = new();
        private readonly Dictionary<string, SortedSet<int>> _citedBy = new(StringComparer.Ordinal);
        private readonly List<(CitationInline Inline, string Short, string Full)> _citations = [];

        /// <summary>A note's HTML in both forms; null when its Markdown cannot be read.</summary>
        public RenderedNote? Render(Anchor anchor)
        {
            var annotation = anchor.Annotation;
            _positions.StartNote();
            if (MarkdownDepth.Parse(annotation.Note, pipelines.Note, annotation.NoteAt, diagnostics) is not { } document)
            {
                return null;
            }

            LinkSafety.CheckAndMakeRelative(document, _ => annotation.NoteAt, diagnostics, BriefingPaths.Root);
            foreach (var citation in SyntaxWalk.Inlines<CitationInline>(document))
            {
                var cited = Cited(citation, anchor);
                _positions.EndCluster(cited.Count);
                if (cited.Count > 0)
                {
                    _citations.Add((citation, cache.ShortCluster(cited), cache.Cluster(cited)));
                }
            }

            var html = ToHtml(document, standalone: false, annotation);
            var standalone = html is null || _citations.Count == 0 ? html : ToHtml(document, standalone: true, annotation);
            _citations.Clear();
            return new RenderedNote(anchor.Number, annotation.Id, html ?? "", standalone ?? "");
        }

        /// <summary>The cited sources of one citation, each noted as cited by this note; an unknown key is reported.</summary>
        private List<CitedItem> Cited(CitationInline citation, Anchor anchor)
        {
            var cited = new List<CitedItem>();
            foreach (var cite in citation.Cites)
            {
                if (!sources.Sources.TryGetValue(cite.Key, out var source))
                {
                    if (sources.Complete)
                    {
                        diagnostics.Add(UnknownSource(anchor.Annotation, cite.Key));
                    }

                    continue;
                }

                cited.Add(new CitedItem(cite, source.Item, _positions.Next(cite)));
                if (!_citedBy.TryGetValue(cite.Key, out var numbers))
                {
                    _citedBy[cite.Key] = numbers = [];
                }

                numbers.Add(anchor.Number);
            }

            return cited;
        }

        private Diagnostic UnknownSource(Annotation annotation, string key)
        {
            var suggestion = Loading.Suggestions.Closest(key, sources.Sources.Keys);
            return Diagnostic.Error(DiagnosticCodes.UnknownCitation, annotation.NoteAt,
                $"The note of annotation '{annotation.Id}' cites '@{key}', which is not in the sources.",
                suggestion is null
                    ? "Add the source to input/sources.yml (or sources.json), or fix the key."
                    : $"Did you mean '@{suggestion}'?");
        }

        private string? ToHtml(MarkdownDocument document, bool standalone, Annotation annotation)
        {
            foreach (var citation in _citations)
            {
                citation.Inline.Html = standalone ? citation.Full : citation.Short;
            }

            return MarkdownDepth.Guard(() => document.ToHtml(pipelines.Note), annotation.NoteAt, diagnostics);
        }

        /// <summary>Every cited source, sorted by Chicago's key, then by id: an array sort with both keys looked up once per source.</summary>
        public ImmutableArray<BibliographyEntry> Bibliography()
        {
            var entries = new (string SortKey, BibliographyEntry Entry)[_citedBy.Count];
            var count = 0;
            foreach (var (key, numbers) in _citedBy)
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
            return [.. entries.Select(e => e.Entry)];
        }
    }
}
