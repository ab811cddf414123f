namespace Briefing.Review;

/// <summary>Stage: one briefing's notes, before and after, compared by id.</summary>
internal static class CompareNotes
{
    public static ImmutableArray<NoteDiff> Run(ReviewedBriefing? before, ReviewedBriefing after, ReviewedSite baseSite, ReviewedSite headSite)
    {
        var old = (before?.Notes ?? []).ToDictionary(n => n.Annotation.Id, StringComparer.Ordinal);
        var changes = ImmutableArray.CreateBuilder<NoteDiff>();
        foreach (var note in after.Notes)
        {
            var (id, at, quote) = (note.Annotation.Id, headSite.Display(note.Annotation.At), note.Annotation.Quote);
            if (!old.Remove(id, out var was))
            {
                changes.Add(new NoteDiff(id, Changes.Added, at, quote, note.Problem, [new WordPiece(Changes.Added, note.Annotation.Note)]));
                continue;
            }

            if (was.Annotation.Note != note.Annotation.Note)
            {
                changes.Add(new NoteDiff(id, Changes.Reworded, at, quote, null, WordDiff.Of(was.Annotation.Note, note.Annotation.Note)));
            }

            if (Anchoring(was, note) is var (change, detail))
            {
                changes.Add(new NoteDiff(id, change, at, quote, detail, []));
            }
        }

        var removed = old.Values.OrderBy(n => n.Annotation.At.Line).Select(gone => new NoteDiff(gone.Annotation.Id, Changes.Removed,
            baseSite.Display(gone.Annotation.At), gone.Annotation.Quote, null, [new WordPiece(Changes.Removed, gone.Annotation.Note)]));
        return [.. changes, .. removed];
    }

    /// <summary>How the note's place in the text changed, if it did: its quote broke, anchors again, changed or moved.</summary>
    private static (string Change, string? Detail)? Anchoring(ReviewedNote was, ReviewedNote now)
    {
        var (a, b) = (was.Annotation, now.Annotation);
        var selectorChanged = a.Quote != b.Quote || a.Prefix != b.Prefix || a.Suffix != b.Suffix;
        if (now.Anchor is null)
        {
            return was.Anchor is not null || selectorChanged
                ? (Changes.Broken, now.Problem ?? "the quote no longer anchors in the article")
                : null;
        }

        if (was.Anchor is null)
        {
            return (Changes.Fixed, $"anchors again, on “{now.Anchor.Exact}”");
        }

        if (selectorChanged)
        {
            var overlaps = now.Anchor.Start < was.Anchor.End && was.Anchor.Start < now.Anchor.End;
            return (Changes.QuoteChanged, overlaps
                ? $"quote “{was.Anchor.Exact}” → “{now.Anchor.Exact}”"
                : $"now anchors elsewhere: on “{now.Anchor.Exact}”, not “{was.Anchor.Exact}”");
        }

        return (was.Anchor.Prefix, was.Anchor.Exact, was.Anchor.Suffix) == (now.Anchor.Prefix, now.Anchor.Exact, now.Anchor.Suffix)
            ? null
            : (Changes.Moved, $"the text around the quote changed: now “…{now.Anchor.Prefix}{now.Anchor.Exact}{now.Anchor.Suffix}…”");
    }
}
