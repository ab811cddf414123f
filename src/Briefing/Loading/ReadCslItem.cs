namespace Briefing.Loading;

/// <summary>One CSL item (a mapping of CSL variables) → <see cref="CslItem"/>, with located errors and the keys CSL does not define.</summary>
internal static class ReadCslItem
{
    /// <summary>Text variables that must be one value; the others (abstract, categories, custom, …) are passed on as they are.</summary>
    private static readonly string[] SingleValues =
    [
        "title", "title-short", "shortTitle", "container-title", "container-title-short", "journalAbbreviation", "collection-title",
        "publisher", "publisher-place", "authority", "genre", "number", "volume", "issue", "page", "section", "edition", "medium",
        "DOI", "archive_location", "archive-url", "note",
    ];

    public static LocatedSource? Run(MappingNode node, DiagnosticBag diagnostics)
    {
        var unlisted = new UnlistedKeys(diagnostics);
        var item = new MappingReader(node, "the source", CslVocabulary.AllItemKeys, diagnostics, unlisted);
        var id = item.String("id", required: true)?.Trim();
        var type = Type(item, diagnostics);
        var url = item.HttpUrl("URL", "'URL' of a source");

        // Checked here, where the editor's file can be pointed to; the processor reads the CSL-JSON.
        foreach (var name in SingleValues)
        {
            _ = item.Scalar(name);
        }

        foreach (var name in CslVocabulary.NameVariables)
        {
            CheckNames(item, name, diagnostics);
        }

        foreach (var name in CslVocabulary.DateVariables)
        {
            CheckDate(item, name, diagnostics);
        }

        return id is null || type is null ? null
            : new LocatedSource(new CslItem(id, type, url, Archive(item), CslJson.Write(node, url)), node.At, unlisted.ToImmutable());
    }

    private static string? Type(MappingReader item, DiagnosticBag diagnostics)
    {
        var type = item.Scalar("type", required: true);
        if (type is null || CslVocabulary.Types.Contains(type.Value))
        {
            return type?.Value;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, type.At, $"'{type.Value}' is not a CSL item type.",
            Suggestions.DidYouMean(type.Value, CslVocabulary.Types,
                "Use a CSL type such as book, article-journal, report, webpage, legislation or treaty.")));
        return null;
    }

    /// <summary>The first of archive_location and archive-url that is a web address.</summary>
    private static string? Archive(MappingReader item) =>
        new[] { item.Get("archive_location"), item.Get("archive-url") }.OfType<ScalarNode>().Select(a => a.Value.Trim()).FirstOrDefault(LoadSite.IsAbsoluteHttpUrl);

    private static void CheckNames(MappingReader item, string key, DiagnosticBag diagnostics)
    {
        var node = item.Get(key);
        if (node is not (null or SequenceNode))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, node.At,
                $"'{key}' must be a list of names (each with family and given, or literal)."));
        }

        foreach (var entry in (node as SequenceNode)?.Items ?? [])
        {
            if (entry is ScalarNode { IsNull: false })
            {
                continue;
            }

            if (entry is not MappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, entry.At, $"Each name in '{key}' must be a set of keys (family, given or literal)."));
                continue;
            }

            var name = new MappingReader(mapping, $"a name in '{key}'", CslVocabulary.NameKeys, diagnostics, item.Unlisted);
            var (family, literal) = (name.Scalar("family")?.Value, name.Scalar("literal")?.Value);
            foreach (var part in (string[])["given", "suffix", "dropping-particle", "non-dropping-particle"])
            {
                _ = name.Scalar(part);
            }

            if (string.IsNullOrWhiteSpace(family) && string.IsNullOrWhiteSpace(literal))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, mapping.At,
                    $"A name in '{key}' needs 'family' (a person) or 'literal' (an organization)."));
            }
        }
    }

    private static void CheckDate(MappingReader item, string key, DiagnosticBag diagnostics)
    {
        switch (item.Get(key))
        {
            case null:
                return;
            case ScalarNode scalar:
                CheckParts(scalar, key, diagnostics);
                return;
            case MappingNode mapping:
                var date = new MappingReader(mapping, $"'{key}'", CslVocabulary.DateKeys, diagnostics, item.Unlisted);
                if (date.Get("date-parts") is SequenceNode { Items: [SequenceNode first, ..] })
                {
                    CheckParts(first, key, diagnostics);
                }
                else if (date.Scalar("raw") is { } raw)
                {
                    CheckParts(raw, key, diagnostics);
                }
                else if (date.String("literal") is null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, mapping.At,
                        $"'{key}' needs 'date-parts' (e.g. [[2006, 10, 14]]), 'raw' or 'literal'."));
                }

                return;
            case var other:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, other.At,
                    $"'{key}' must be a date such as 2006-10-14 or date-parts: [[2006, 10, 14]]."));
                return;
        }
    }

    /// <summary>date-parts' first list, or EDTF as Pandoc's CSL-YAML writes it (YYYY, YYYY-MM or YYYY-MM-DD): a possible date.</summary>
    private static void CheckParts(Node date, string key, DiagnosticBag diagnostics)
    {
        var edtf = (date as ScalarNode)?.Value.Trim();
        var parts = edtf?.Split('-') ?? ((SequenceNode)date).Items.Take(3).Select(part => (part as ScalarNode)?.Value);
        var (numbers, style) = (new List<int>(), edtf is null ? NumberStyles.AllowLeadingSign : NumberStyles.None);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, style, CultureInfo.InvariantCulture, out var value))
            {
                diagnostics.Add(edtf is null
                    ? Diagnostic.Error(DiagnosticCodes.InvalidDate, ((SequenceNode)date).Items[numbers.Count].At,
                        $"Each date part of '{key}' must be a whole number.")
                    : Diagnostic.Error(DiagnosticCodes.InvalidDate, date.At, $"'{key}' is not a date: '{edtf}'.",
                        "Write YYYY-MM-DD, YYYY-MM or YYYY, for example 2006-10-14."));
                return;
            }

            numbers.Add(value);
        }

        int year = numbers.Count > 0 ? numbers[0] : 1, month = numbers.Count > 1 ? numbers[1] : 1, day = numbers.Count > 2 ? numbers[2] : 1;
        if (numbers.Count <= 3 && (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, date.At,
                $"'{key}' is not a possible date: {string.Join('-', numbers)}.", "Check the year, month (1–12) and day."));
        }
    }
}
