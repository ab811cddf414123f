using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>Stage: finds each quote in the visible text (TextQuoteSelector), numbers the notes in reading order, marks quotes.</summary>
internal static class AnchorAnnotations
{
    private const int ContextLength = 32;

    // A quote copied from the Markdown source: inline Markdown only matters; raw HTML stays text, as it does in articles.
    private static readonly MarkdownPipeline QuoteSource = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("*_[]`\\&");

    public static ImmutableArray<Anchor> Run(
        Article article,
        MarkdownDocument document,
        ImmutableArray<Annotation> annotations,
        DiagnosticBag diagnostics)
    {
        var visible = VisibleText.Of(document);
        var folded = FoldedText.Of(visible.Text);
        var found = new List<(int End, int Start, int Order, Annotation Annotation)>();
        foreach (var annotation in annotations)
        {
            if (Locate(article, visible, folded, annotation, diagnostics) is { } span)
            {
                found.Add((span.End, span.Start, found.Count, annotation));
            }
        }

        // Reading order: by where the quote ends, then where it starts, then the file's order.
        found.Sort((a, b) => (a.End, a.Start, a.Order).CompareTo((b.End, b.Start, b.Order)));
        var text = visible.Text;
        var anchors = ImmutableArray.CreateBuilder<Anchor>(found.Count);
        foreach (var (end, start, _, annotation) in found)
        {
            anchors.Add(new Anchor(annotation, start, end, anchors.Count + 1,
                text[start..end], text[Math.Max(0, start - ContextLength)..start], text[end..Math.Min(text.Length, end + ContextLength)]));
        }

        // Longer passages first, so that a passage inside another gets the inner highlight.
        var byLength = anchors.ToArray();
        Array.Sort(byLength, (a, b) => (b.End - b.Start, a.Number).CompareTo((a.End - a.Start, b.Number)));
        foreach (var anchor in byLength)
        {
            HighlightPlacement.Wrap(visible, anchor.Start, anchor.End, anchor.Number);
        }

        // Markers at one place go in number order: each is put right after the quote, before those already there.
        // The note marker of the output contract: a[data-annotation] with role, href, id and text N.
        for (var i = anchors.Count - 1; i >= 0; i--)
        {
            var (n, id) = (anchors[i].Number.ToString(CultureInfo.InvariantCulture), Html.HtmlText.Escape(anchors[i].Annotation.Id));
            var marker = $"<a data-annotation=\"{id}\" role=\"doc-noteref\" href=\"#note-{n}\" id=\"ref-{n}\">{n}</a>";
            visible.InsertAfter(anchors[i].End - 1, new HtmlInline(marker));
        }

        return anchors.MoveToImmutable();
    }

    private static (int Start, int End)? Locate(
        Article article, VisibleText visible, FoldedText folded, Annotation annotation, DiagnosticBag diagnostics)
    {
        var quote = FoldedText.Fold(annotation.Quote);
        if (quote.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.QuoteEmpty, annotation.QuoteAt,
                $"The quote of annotation '{annotation.Id}' has no visible characters.", "Copy the passage from the article."));
            return null;
        }

        var occurrences = QuoteMatcher.Occurrences(folded.Text, quote);
        var copiedFromSource = false;
        if (occurrences.Count == 0 && AsReaderSeesIt(annotation.Quote) is { Length: > 0 } seen && seen != quote)
        {
            // Copied from article.md rather than from the page: "*welcomed* export" means "welcomed export".
            occurrences = QuoteMatcher.Occurrences(folded.Text, seen);
            (quote, copiedFromSource) = (seen, occurrences.Count > 0);
        }

        if (occurrences.Count == 0)
        {
            ReportNotFound(article, visible, folded, annotation, FoldedText.Fold(annotation.Quote), diagnostics);
            return null;
        }

        var prefix = Context(annotation.Prefix, copiedFromSource);
        var suffix = Context(annotation.Suffix, copiedFromSource);
        var matches = new List<int>(occurrences.Count);
        foreach (var i in occurrences)
        {
            if (QuoteMatcher.PrefixMatches(folded.Text, i, prefix) && QuoteMatcher.SuffixMatches(folded.Text, i + quote.Length, suffix))
            {
                matches.Add(i);
            }
        }

        if (matches.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ContextMismatch, annotation.QuoteAt,
                $"The quote of annotation '{annotation.Id}' is in the article ({Places(article, visible, folded, occurrences)}), but not with the prefix or suffix given.",
                "Copy the prefix (text just before the quote) and suffix (text just after) from the article, or remove them."));
            return null;
        }

        if (matches.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.QuoteAmbiguous, annotation.QuoteAt,
                $"The quote of annotation '{annotation.Id}' occurs {matches.Count} times: {Places(article, visible, folded, matches)}.",
                "Add a 'prefix:' (the words just before the passage you mean) or a 'suffix:' so that only one place matches."));
            return null;
        }

        var at = matches[0];
        return (folded.OriginalStart(at), folded.OriginalEnd(at + quote.Length - 1));
    }

    /// <summary>A quote copied from the Markdown source as a reader sees it: its inline markup rendered away, then folded.</summary>
    private static string AsReaderSeesIt(string markdown)
    {
        if (markdown.AsSpan().IndexOfAny(Markup) < 0)
        {
            return FoldedText.Fold(markdown);
        }

        // A quote is a phrase, never a block: a zero-width space in front keeps "1." or "# " at its start
        // from making a list or a heading, and folding drops it again.
        var document = Markdown.Parse("\u200B" + markdown.ReplaceLineEndings(" ").TrimStart(), QuoteSource);
        return FoldedText.Fold(VisibleText.Of(document).Text);
    }

    private static string Context(string? text, bool copiedFromSource) =>
        text is null ? "" : copiedFromSource ? AsReaderSeesIt(text) : FoldedText.Fold(text);

    private static void ReportNotFound(
        Article article, VisibleText visible, FoldedText folded, Annotation annotation, string quote, DiagnosticBag diagnostics)
    {
        var hint = "No passage of the article is close to it. Copy the quote from the article exactly.";
        if (NearestPassage.Find(folded.Text, quote) is { } passage && passage.End > passage.Start)
        {
            var (start, end) = (folded.OriginalStart(passage.Start), folded.OriginalEnd(passage.End - 1));
            hint = $"The nearest passage is at {LocationOf(article, visible, start)}: \"{visible.Text[start..end].ReplaceLineEndings(" ")}\". Copy the quote from the article exactly.";
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.QuoteNotFound, annotation.QuoteAt,
            $"The quote of annotation '{annotation.Id}' is not in the article: \"{annotation.Quote.Trim()}\".", hint));
    }

    // The first few places are enough to find the quote; a list of thousands would be one unreadable line.
    private const int PlacesShown = 5;

    private static string Places(Article article, VisibleText visible, FoldedText folded, List<int> occurrences)
    {
        var shown = string.Join(", ", occurrences.Take(PlacesShown).Select(i => LocationOf(article, visible, folded.OriginalStart(i)).ToString()));
        return occurrences.Count > PlacesShown ? $"{shown} and {occurrences.Count - PlacesShown} more" : shown;
    }

    private static SourceLocation LocationOf(Article article, VisibleText visible, int position)
    {
        var run = visible.RunAt(position);
        return article.Locate(run?.SourceOffset(position) ?? 0);
    }
}
