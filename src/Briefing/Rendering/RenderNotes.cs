using System.Runtime.InteropServices;
using Briefing.Anchoring;
using Briefing.CitationFormatting;
using Briefing.Layout;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using CslCite = Briefing.Csl.CslCite;

namespace Briefing.Rendering;

/// <summary>
/// Stage: renders each note's Markdown in reading order, its citations in the site's style, and the bibliography of the
/// sources cited. On the page notes cite in the short form, linked to the bibliography; the standalone form (full at a
/// source's first citation) serves where a note travels without it (annotations.jsonld).
/// </summary>
internal static class RenderNotes
{
    public static (ImmutableArray<RenderedNote> Notes, ImmutableArray<BibliographyEntry> Bibliography) Run(
        ImmutableArray<Anchor> anchors,
        SourceLibrary sources,
        MarkdownPipelines pipelines,
        DiagnosticBag diagnostics,
        CslFormatter? formatter = null)
    {
        var notes = new NoteRendering(sources, pipelines, diagnostics, formatter ?? CslFormatter.For(null));
        foreach (var anchor in anchors.OrderBy(a => a.Number))
        {
            notes.Read(anchor);
        }

        return ([.. notes.Render()], notes.Bibliography());
    }

    /// <summary>Reports what is wrong in notes that will not be shown (their quote was not found), as rendering them would.</summary>
    public static void Check(ImmutableArray<Annotation> annotations, SourceLibrary sources, MarkdownPipelines pipelines, DiagnosticBag diagnostics)
    {
        var notes = new NoteRendering(sources, pipelines, diagnostics, CslFormatter.For(null));
        for (var i = 0; i < annotations.Length; i++)
        {
            notes.Read(new Anchor(annotations[i], 0, 0, i + 1, "", "", ""));
        }

        notes.Render();
    }

    /// <summary>The notes of one briefing, read one after another, then their citations formatted together: where each source was cited, and by which notes.</summary>
    private sealed class NoteRendering(SourceLibrary sources, MarkdownPipelines pipelines, DiagnosticBag diagnostics, CslFormatter formatter)
    {
        private readonly Dictionary<string, SortedSet<int>> _citedBy = new(StringComparer.Ordinal);
        private readonly List<(Anchor Anchor, MarkdownDocument Document, int From, int To)> _notes = [];
        private readonly List<(CitationInline Inline, NoteCitation Citation)> _citations = [];

        /// <summary>Reads a note's Markdown and its citations; a note whose Markdown cannot be read is left out.</summary>
        public void Read(Anchor anchor)
        {
            var annotation = anchor.Annotation;
            if (MarkdownDepth.Parse(annotation.Note, pipelines.Note, annotation.NoteAt, diagnostics) is not { } document)
            {
                return;
            }

            LinkSafety.Check(document, _ => annotation.NoteAt, diagnostics, BriefingPaths.Root);
            var from = _citations.Count;
            var first = document.Count > 0 && document[0] is ParagraphBlock { Inline: { } paragraph } ? paragraph.FirstChild : null;
            foreach (var citation in document.Descendants<CitationInline>())
            {
                var cited = Cited(citation, anchor);
                if (cited.Count > 0)
                {
                    var punctuationFollows = citation.NextSibling is LiteralInline { Content: { Length: > 0 } next } && char.IsPunctuation(next[0]);
                    _citations.Add((citation, new NoteCitation(cited, anchor.Number, ReferenceEquals(citation, first), punctuationFollows)));
                }
            }

            _notes.Add((anchor, document, from, _citations.Count));
        }

        /// <summary>Every read note's HTML in both forms, its citations formatted in one run of the style.</summary>
        public List<RenderedNote> Render()
        {
            var all = _citations.Select(c => c.Citation).ToList();
            var (page, full) = all.Count == 0 ? ([], []) : NoteCitations.Both(formatter, all);
            var rendered = new List<RenderedNote>(_notes.Count);
            foreach (var (anchor, document, from, to) in _notes)
            {
                var html = ToHtml(document, page, from, to, anchor.Annotation);
                var standalone = html is null || from == to ? html : ToHtml(document, full, from, to, anchor.Annotation);
                rendered.Add(new RenderedNote(anchor.Number, anchor.Annotation.Id, html ?? "", standalone ?? ""));
            }

            return rendered;
        }

        /// <summary>The cited sources of one citation, each noted as cited by this note; an unknown key is reported.</summary>
        private List<(CslItem Item, CslCite Cite)> Cited(CitationInline citation, Anchor anchor)
        {
            var cited = new List<(CslItem, CslCite)>();
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

                cited.Add((source.Item, ToCsl(cite)));
                (CollectionsMarshal.GetValueRefOrAddDefault(_citedBy, cite.Key, out _) ??= []).Add(anchor.Number);
            }

            return cited;
        }

        private Diagnostic UnknownSource(Annotation annotation, string key)
        {
            // In ordinal order: the library's own is its hash order, which changes from run to run.
            var suggestion = Loading.Suggestions.Closest(key, sources.Sources.Keys.Order(StringComparer.Ordinal));
            return Diagnostic.Error(DiagnosticCodes.UnknownCitation, annotation.NoteAt,
                $"The note of annotation '{annotation.Id}' cites '@{key}', which is not in the sources.",
                suggestion is null
                    ? "Add the source to input/sources.yml (or sources.json), or fix the key."
                    : $"Did you mean '@{suggestion}'?");
        }

        private static CslCite ToCsl(Cite cite) => new(cite.Key)
        {
            Prefix = cite.Prefix.Length == 0 ? null : cite.Prefix.Trim() + " ",
            Suffix = cite.Suffix.TrimEnd() is { Length: > 0 } suffix ? (char.IsLetterOrDigit(suffix[0]) ? " " + suffix : suffix) : null,
            Locator = cite.Locator?.Value,
            Label = cite.Locator?.Label,
        };

        private string? ToHtml(MarkdownDocument document, string[] formatted, int from, int to, Annotation annotation)
        {
            for (var i = from; i < to; i++)
            {
                _citations[i].Inline.Tag = formatted[i];
            }

            return MarkdownDepth.Guard(() => document.ToHtml(pipelines.Note), annotation.NoteAt, diagnostics);
        }

        /// <summary>Every cited source, in the order of the style's bibliography.</summary>
        public ImmutableArray<BibliographyEntry> Bibliography()
        {
            var items = _citedBy.Keys.Select(key => sources.Sources[key].Item).ToList();
            return [.. formatter.Bibliography(items).Select(e => new BibliographyEntry(e.Id, e.Html, [.. _citedBy[e.Id]], sources.Sources[e.Id].Item))];
        }
    }
}
