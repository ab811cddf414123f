namespace Briefing.Review;

/// <summary>A <see cref="SiteDiff"/> as lines of text: one walk over the changes, each format spelling the lines its own way.</summary>
/// <param name="sharedSources">The line above the shared sources' changes.</param>
/// <param name="briefingEnd">The line after each briefing's changes, if any.</param>
internal abstract class DiffText(string sharedSources, string? briefingEnd = null)
{
    /// <summary>The diff's lines, some of them several lines long; each is ended by a line break.</summary>
    public IEnumerable<string> Lines(SiteDiff diff)
    {
        if (diff.IsEmpty)
        {
            return [Heading(diff), "No editorial change: notes, sources, front matter and text are as they were."];
        }

        List<string?> lines = [Heading(diff)];
        foreach (var briefing in diff.Briefings)
        {
            var (added, removed) = (briefing.TopicsAdded, briefing.TopicsRemoved);
            lines.AddRange([
                Heading(briefing),
                briefing.Text is { } text ? Text(text) : null,
                .. briefing.Notes.Select(Note),
                .. briefing.Sources.Select(Source),
                added.IsEmpty && removed.IsEmpty ? null : Topics(added, removed),
                .. briefing.Fields.Select(Field),
                briefingEnd,
            ]);
        }

        lines.AddRange(diff.SharedSources.IsEmpty ? [] : [sharedSources, .. diff.SharedSources.Select(Source)]);
        return lines.OfType<string>();
    }

    protected abstract string Heading(SiteDiff diff);

    protected abstract string Heading(BriefingDiff briefing);

    protected abstract string Text(TextDiff text);

    protected abstract string Note(NoteDiff note);

    protected abstract string Source(SourceDiff source);

    protected abstract string Topics(ImmutableArray<string> added, ImmutableArray<string> removed);

    protected abstract string Field(FieldDiff field);

    protected abstract string Escape(string text);

    /// <summary>The words of a word diff on one line, added and removed ones marked (the white space around them left outside).</summary>
    protected string Words(ImmutableArray<WordPiece> words, Func<string, string> added, Func<string, string> removed) =>
        string.Concat(words.Select(piece => piece.Kind switch
        {
            Changes.Added when !string.IsNullOrWhiteSpace(piece.Text) => Mark(piece.Text, added),
            Changes.Removed when !string.IsNullOrWhiteSpace(piece.Text) => Mark(piece.Text, removed),
            Changes.Removed => "",
            _ => Escape(piece.Text),
        })).ReplaceLineEndings(" ");

    private string Mark(string text, Func<string, string> mark)
    {
        var core = text.Trim();
        var start = text.IndexOf(core, StringComparison.Ordinal);
        return text[..start] + mark(Escape(core)) + text[(start + core.Length)..];
    }
}
