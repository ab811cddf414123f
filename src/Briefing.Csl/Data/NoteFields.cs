using System.Text.RegularExpressions;

namespace Briefing.Csl.Data;

/// <summary>
/// CSL variables written as "key: value" lines in an item's note, as Zotero exports them and citeproc-js reads them.
/// Names take "Family || Given"; dates take ISO dates or ranges.
/// </summary>
internal static partial class NoteFields
{
    public static readonly HashSet<string> NameVariables =
    [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host", "illustrator",
        "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
        "script-writer", "series-creator", "translator",
    ];

    public static readonly HashSet<string> DateVariables =
    [
        "accessed", "available-date", "container", "event-date", "issued", "original-date", "submitted",
    ];

    private static readonly HashSet<string> TextVariables =
    [
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority", "call-number",
        "chapter-number", "citation-key", "citation-label", "collection-number", "collection-title", "container-title",
        "container-title-short", "dimensions", "division", "DOI", "edition", "event", "event-title", "event-place", "genre",
        "ISBN", "ISSN", "issue", "jurisdiction", "keyword", "language", "license", "medium", "number", "number-of-pages",
        "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "page", "part-number",
        "part-title", "PMCID", "PMID", "printing-number", "publisher", "publisher-place", "references", "reviewed-genre",
        "reviewed-title", "scale", "section", "source", "status", "supplement-number", "title", "title-short", "type", "URL",
        "version", "volume", "volume-title", "year-suffix",
    ];

    [GeneratedRegex(@"^\s*(?:\{:([A-Za-z_-]+):\s*(.*?)\}|([A-Za-z_-]+):\s*(.+?))\s*$")]
    private static partial Regex Field();

    /// <summary>The variables found in the note, and the note without their lines.</summary>
    public static (List<(string Key, string Value)> Fields, string Remainder) Read(string note)
    {
        var fields = new List<(string, string)>();
        var rest = new List<string>();
        foreach (var line in note.Split('\n'))
        {
            var match = Field().Match(line);
            var key = match.Success ? (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[3].Value) : "";
            if (match.Success && (TextVariables.Contains(key) || NameVariables.Contains(key) || DateVariables.Contains(key)))
            {
                fields.Add((key, match.Groups[1].Success ? match.Groups[2].Value : match.Groups[4].Value));
            }
            else
            {
                rest.Add(line);
            }
        }
        return (fields, string.Join('\n', rest).Trim());
    }

    public static CslName Name(string value)
    {
        var parts = value.Split("||", 2);
        return parts.Length == 2
            ? new CslName { Family = parts[0].Trim(), Given = parts[1].Trim() }.WithParsedParticles()
            : new CslName { Literal = value.Trim() };
    }
}
