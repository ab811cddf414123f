namespace Briefing.Review;

/// <summary>A <see cref="SiteDiff"/> as lines of text: one walk over the changes, each format spelling the lines its own way.</summary>
internal abstract class DiffText
{
    protected const string NoChange = "No editorial change: notes, sources, front matter and text are as they were.";

    /// <summary>The diff's lines, some of them several lines long; each is ended by a line break.</summary>
    public IEnumerable<string> Lines(SiteDiff diff)
    {
        yield return Heading(diff);
        if (diff.IsEmpty)
        {
            yield return NoChange;
            yield break;
        }

        foreach (var line in diff.Briefings.SelectMany(Briefing))
        {
            yield return line;
        }

        if (!diff.SharedSources.IsEmpty)
        {
            yield return SharedSources;
            foreach (var source in diff.SharedSources)
            {
                yield return Source(source);
            }
        }
    }

    private IEnumerable<string> Briefing(BriefingDiff briefing)
    {
        yield return Heading(briefing);
        if (briefing.Text is { } text)
        {
            yield return Text(text);
        }

        foreach (var note in briefing.Notes)
        {
            yield return Note(note);
        }

        foreach (var source in briefing.Sources)
        {
            yield return Source(source);
        }

        if (!briefing.TopicsAdded.IsEmpty || !briefing.TopicsRemoved.IsEmpty)
        {
            yield return Topics(briefing.TopicsAdded, briefing.TopicsRemoved);
        }

        foreach (var field in briefing.Fields)
        {
            yield return Field(field);
        }

        if (BriefingEnd is { } end)
        {
            yield return end;
        }
    }

    protected abstract string SharedSources { get; }

    protected virtual string? BriefingEnd => null;

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
