namespace Briefing.Loading;

/// <summary>A CSL item's keys CSL does not define (Zotero's `key`, Juris-M's `multi`): processors and the build ignore them,
/// `check` lists them; a near miss (`tittle`) is a warning.</summary>
internal sealed class UnlistedKeys(DiagnosticBag diagnostics)
{
    /// <summary>Keys that exporters write beside the CSL variables: never taken for a misspelling.</summary>
    private static readonly HashSet<string> ExporterKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "file", "files", "key", "citekey", "citationKey", "multi", "system_id", "seeAlso", "attachments", "tags",
        "notes", "collections", "relations", "libraryCatalog", "extra", "accessDate", "dateAdded", "dateModified",
        "itemType", "itemKey", "uri", "uris", "static-ordering", "isInstitution", "parse-names", "comma-suffix",
    };

    private readonly List<UnlistedKey> _found = [];

    public void Take(ScalarNode key, string what, IReadOnlyCollection<string> knownKeys)
    {
        var suggestion = ExporterKeys.Contains(key.Value) || key.Value.StartsWith('_') ? null : Suggestions.Closest(key.Value, knownKeys);
        if (suggestion is null)
        {
            _found.Add(new UnlistedKey(key.Value, what, key.At));
            return;
        }

        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownKey, key.At, $"Unknown key '{key.Value}' in {what}: the build ignores it.",
            $"Did you mean '{suggestion}'?"));
    }

    public ImmutableArray<UnlistedKey> ToImmutable() => [.. _found];

    /// <summary>`check`: each key CSL does not define in the sources, as a warning.</summary>
    public static void Report(IEnumerable<LocatedSource> sources, DiagnosticBag diagnostics)
    {
        foreach (var key in sources.SelectMany(s => s.Unlisted))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownKey, key.At,
                $"'{key.Key}' in {key.What} is not a CSL variable: the build ignores it.",
                "A reference manager's own key can stay; otherwise use a CSL variable (see the editors' guide)."));
        }
    }
}
