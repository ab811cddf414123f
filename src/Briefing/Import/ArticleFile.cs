using System.Buffers;
using System.Text.Encodings.Web;
using Briefing.Loading;

namespace Briefing.Import;

/// <summary>
/// The article.md and annotations.yml an import writes: front matter from what the source said, the rights
/// left empty for the editor (the build fails until they are filled), and the text's fingerprint.
/// </summary>
internal static class ArticleFile
{
    private static readonly JsonWriterOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(ImportedArticle article, string origin)
    {
        var yaml = new StringBuilder();
        yaml.Append("---\n");
        yaml.Append(CultureInfo.InvariantCulture, $"# Imported with `briefing import` from {Comment(origin)}. Check each field against the original.\n");
        yaml.Append(CultureInfo.InvariantCulture, $"title: {Scalar(article.Title)}\n");
        if (article.Kicker is { } kicker)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"kicker: {Scalar(kicker)}\n");
        }

        if (article.Authors.Length > 0)
        {
            yaml.Append("authors:\n");
            foreach (var author in article.Authors)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - name: {Scalar(author.Name)}\n");
                if (author.Role is { } role)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"    role: {Scalar(role)}\n");
                }
            }
        }

        Optional(yaml, "publisher", article.Publisher);
        Date(yaml, "published", article.Published);
        Date(yaml, "updated", article.Updated);
        yaml.Append("source:\n");
        yaml.Append(CultureInfo.InvariantCulture, $"  url: {(article.SourceUrl is { } url ? Scalar(url) : "")}\n");
        Optional(yaml, "  label", article.SourceLabel);
        yaml.Append(CultureInfo.InvariantCulture, $"  excerpt: {(article.Excerpt ? "true" : "false")}\n");
        Rights(yaml, article);
        yaml.Append(CultureInfo.InvariantCulture, $"text_sha256: {TextFingerprint.Of(article.Markdown)}\n");
        yaml.Append("---\n");
        return yaml.Append(article.Markdown).ToString();
    }

    private static void Rights(StringBuilder yaml, ImportedArticle article)
    {
        yaml.Append("# The rights holder's terms: fill them in from the permission you hold, word for word.\n");
        yaml.Append("# `briefing check` and `briefing build` fail until they are filled; an import never writes a permission.\n");
        if (article.CopyrightSeen is { } seen)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"# The source says: {Comment(seen)}\n");
        }

        yaml.Append("copyright:\n  notice:\n  permission:\n");
        yaml.Append("# Subjects, and one or two sentences for the index page and the feed.\n");
        yaml.Append("topics: []\n");
    }

    private static void Optional(StringBuilder yaml, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"{key}: {Scalar(value)}\n");
        }
    }

    private static void Date(StringBuilder yaml, string key, DateOnly? date)
    {
        if (date is { } value)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"{key}: {value:yyyy-MM-dd}\n");
        }
    }

    private static string Comment(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A YAML scalar: plain when YAML reads it back as the same string, else double-quoted (JSON's quoting is YAML's).</summary>
    public static string Scalar(string value)
    {
        var plain = value.Length > 0 && value.Trim() == value
            && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)
            && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':') && value.All(c => !char.IsControl(c))
            && !IsOtherType(value);
        return plain ? value : Quoted(value);
    }

    /// <summary>A double-quoted YAML scalar, escaped as JSON escapes a string (JSON's quoting is YAML's).</summary>
    public static string Quoted(string value)
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
}
