using System.Text.RegularExpressions;

namespace Briefing.Import;

/// <summary>Imported notes as annotations.yml entries, after the notes there (or in their place), the file's text kept.</summary>
internal static partial class AnnotationsYaml
{
    public static string Merge(string? existing, IEnumerable<(Annotation Note, ExportedAnnotation From)> notes, bool replace)
    {
        var entries = string.Concat(notes.Select(n => Entry(n.Note, n.From)));
        if (replace || string.IsNullOrWhiteSpace(existing))
        {
            var header = existing is null ? "" : string.Concat(existing.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l + "\n"));
            return header + "annotations:\n" + entries;
        }

        var empty = EmptyList().Match(existing);
        if (empty.Success)
        {
            return existing[..empty.Index] + "annotations:\n" + entries + existing[(empty.Index + empty.Length)..].TrimStart('\n');
        }

        return existing.TrimEnd() + "\n\n" + entries;
    }

    private static string Entry(Annotation note, ExportedAnnotation from)
    {
        string?[] lines =
        [
            from.Tags.IsEmpty ? null : $"  # tags: {ArticleFile.Spaced(string.Join(", ", from.Tags))}",
            from.Author is null && from.Created is null ? null
                : $"  # by {ArticleFile.Spaced(from.Author ?? "unknown")}{(from.Created is { } c ? ", " + ArticleFile.Spaced(c) : "")}",
            $"  - id: {note.Id}",
            $"    quote: {ArticleFile.Scalar(note.Quote)}",
            note.Prefix is { } prefix ? $"    prefix: {ArticleFile.Scalar(prefix)}" : null,
            note.Suffix is { } suffix ? $"    suffix: {ArticleFile.Scalar(suffix)}" : null,
            $"    note: {Block(note.Note)}",
        ];
        return string.Join('\n', lines.OfType<string>()) + "\n\n";
    }

    /// <summary>A literal block keeps Markdown's lines as written; a note it cannot hold exactly is double-quoted.</summary>
    private static string Block(string note)
    {
        var literal = note.Length > 0 && !char.IsWhiteSpace(note[0]) && !char.IsWhiteSpace(note[^1])
            && note.All(c => c == '\n' || !char.IsControl(c));
        return literal
            ? "|-\n" + string.Join('\n', note.Split('\n').Select(l => l.Length == 0 ? "" : "      " + l))
            : ArticleFile.Quoted(note);
    }

    [GeneratedRegex(@"^annotations:[ \t]*\[[ \t]*\][ \t]*\n?", RegexOptions.Multiline)]
    private static partial Regex EmptyList();
}
