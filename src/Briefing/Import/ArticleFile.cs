using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Briefing.Loading;

namespace Briefing.Import;

/// <summary>The article.md and annotations.yml an import writes; the rights left to the editor (the build fails until filled).</summary>
internal static partial class ArticleFile
{
    private static readonly JsonWriterOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(ImportedArticle article, string origin)
    {
        string?[] lines =
        [
            "---",
            $"# Imported with `briefing import` from {Spaced(origin)}. Check each field against the original.",
            $"title: {Scalar(article.Title)}",
            article.Kicker is { } kicker ? $"kicker: {Scalar(kicker)}" : null,
            article.Authors.IsEmpty ? null : "authors:",
            .. article.Authors.Select(a => $"  - name: {Scalar(a.Name)}" + (a.Role is { } role ? $"\n    role: {Scalar(role)}" : "")),
            article.Publisher is { } publisher ? $"publisher: {Scalar(publisher)}" : null,
            article.Published?.ToString("'published: 'yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Updated?.ToString("'updated: 'yyyy-MM-dd", CultureInfo.InvariantCulture),
            "source:",
            $"  url: {(article.SourceUrl is { } url ? Scalar(url) : "")}",
            article.SourceLabel is { } label ? $"  label: {Scalar(label)}" : null,
            $"  excerpt: {(article.Excerpt ? "true" : "false")}",
            "# The rights holder's terms: fill them in from the permission you hold, word for word.",
            "# `briefing check` and `briefing build` fail until they are filled; an import never writes a permission.",
            article.CopyrightSeen is { } seen ? $"# The source says: {Spaced(seen)}" : null,
            "copyright:\n  notice:\n  permission:",
            "# Subjects, and one or two sentences for the index page and the feed.",
            "topics: []",
            $"text_sha256: {TextFingerprint.Of(article.Markdown)}",
            "---",
        ];
        return string.Join('\n', lines.OfType<string>()) + "\n" + article.Markdown;
    }

    /// <summary>Writes the file beside itself, then moves it in: an interrupted import leaves the old file whole.</summary>
    public static void Replace(string path, string text)
    {
        File.WriteAllText(path + ".import", text);
        File.Move(path + ".import", path, overwrite: true);
    }

    /// <summary>Text on one line: each run of white space one space, none at either end; null when there is no text.</summary>
    public static string? Spaced(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A YAML scalar: plain when YAML reads it back as the same string, else double-quoted (JSON's quoting is YAML's).</summary>
    private static string Scalar(string value)
    {
        var plain = value.Length > 0 && value.Trim() == value
            && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && value.All(c => !char.IsControl(c))
            && !IsOtherType(value);
        return plain ? value : Quoted(value);
    }

    /// <summary>A double-quoted YAML scalar, escaped as JSON escapes a string (JSON's quoting is YAML's).</summary>
    private static string Quoted(string value)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        using (var json = new Utf8JsonWriter(buffer, Quoting))
        {
            json.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool IsOtherType(string value) =>
        value is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "True" or "False" or "Yes" or "No" or "Null" or "NULL" or "TRUE" or "FALSE"
        || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public const string Annotations = """
        # Editor's notes for the article beside this file; see input/README.md.
        # Each note is anchored to a passage of the article by 'quote', copied from the article exactly;
        # `briefing import-annotations` brings in notes made in a browser (Hypothesis, W3C Web Annotation).
        annotations: []
        # For example (replace 'annotations: []' above with 'annotations:' and a list like this one):
        #   - id: first-note
        #     quote: the passage as the reader sees it
        #     note: >-
        #       The editor's note, in Markdown. Cite a source with [@key].
        """;

    /// <summary>Imported notes as annotations.yml entries, after the notes there (or in their place), the file's text kept.</summary>
    public static string Merge(string? existing, IEnumerable<(Annotation Note, ExportedAnnotation From)> notes, bool replace)
    {
        var entries = string.Concat(notes.Select(n => Entry(n.Note, n.From)));
        if (replace || string.IsNullOrWhiteSpace(existing))
        {
            var header = existing is null ? "" : string.Concat(existing.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l + "\n"));
            return header + "annotations:\n" + entries;
        }

        return EmptyList().Match(existing) is { Success: true } empty
            ? existing[..empty.Index] + "annotations:\n" + entries + existing[(empty.Index + empty.Length)..].TrimStart('\n')
            : existing.TrimEnd() + "\n\n" + entries;
    }

    private static string Entry(Annotation note, ExportedAnnotation from)
    {
        string?[] lines =
        [
            from.Tags.IsEmpty ? null : $"  # tags: {Spaced(string.Join(", ", from.Tags))}",
            from.Author is null && from.Created is null ? null
                : $"  # by {Spaced(from.Author ?? "unknown")}{(from.Created is { } c ? ", " + Spaced(c) : "")}",
            $"  - id: {note.Id}",
            $"    quote: {Scalar(note.Quote)}",
            note.Prefix is { } prefix ? $"    prefix: {Scalar(prefix)}" : null,
            note.Suffix is { } suffix ? $"    suffix: {Scalar(suffix)}" : null,
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
            : Quoted(note);
    }

    [GeneratedRegex(@"^annotations:[ \t]*\[[ \t]*\][ \t]*\n?", RegexOptions.Multiline)]
    private static partial Regex EmptyList();
}
