using System.Collections.Immutable;
using System.Globalization;
using Briefing.Content;
using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>One CSL item (a mapping of CSL variables) → <see cref="CslItem"/>, with located errors.</summary>
internal static class ReadCslItem
{
    /// <param name="unlisted">Takes the keys CSL does not define; without it they are errors.</param>
    public static CslItem? Run(MappingNode node, DiagnosticBag diagnostics, UnlistedKeys? unlisted = null)
    {
        var item = new MappingReader(node, "the source", CslVocabulary.AllItemKeys, diagnostics, unlisted);
        var id = Id(item);
        var type = Type(item, diagnostics);
        var url = Url(item, diagnostics);
        var result = id is null || type is null ? null : Build(item, id, type, url, diagnostics);

        // Validate the variables this build does not format too, so that a typo is reported wherever it is.
        // (Those it formats were read, and reported on, above when there is an item.)
        foreach (var name in CslVocabulary.NameVariables)
        {
            if (result is null || name is not ("author" or "editor" or "translator"))
            {
                _ = Names(item, name, diagnostics);
            }
        }

        foreach (var name in CslVocabulary.DateVariables)
        {
            if (result is null || name is not ("issued" or "accessed"))
            {
                _ = Date(item, name, diagnostics);
            }
        }

        return result;
    }

    private static string? Id(MappingReader item)
    {
        var id = item.Scalar("id", required: true);
        if (id is not null && string.IsNullOrWhiteSpace(id.Value))
        {
            item.ReportMissing("id");
            return null;
        }

        return id?.Value.Trim();
    }

    private static string? Type(MappingReader item, DiagnosticBag diagnostics)
    {
        var type = item.Scalar("type", required: true);
        if (type is null || CslVocabulary.TypeSet.Contains(type.Value))
        {
            return type?.Value;
        }

        var suggestion = Suggestions.Closest(type.Value, CslVocabulary.Types);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, type.At, $"'{type.Value}' is not a CSL item type.",
            suggestion is null ? "Use a CSL type such as book, article-journal, report, webpage, legislation or treaty."
                : $"Did you mean '{suggestion}'?"));
        return null;
    }

    /// <summary>The source's URL when it is one a page may link to; any other is reported.</summary>
    private static string? Url(MappingReader item, DiagnosticBag diagnostics)
    {
        var url = item.Scalar("URL");
        if (url is null || LoadSite.IsAbsoluteHttpUrl(url.Value))
        {
            return url?.Value.Trim();
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, url.At,
            $"'URL' of a source must be an absolute http or https URL, not '{url.Value}'."));
        return null;
    }

    private static CslItem Build(MappingReader item, string id, string type, string? url, DiagnosticBag diagnostics)
    {
        var note = NoteVariables.Read(Text(item, "note"));
        string? Field(string key) => Text(item, key) ?? note.Text(key);
        ImmutableArray<CslName> People(string key) => Names(item, key, diagnostics) is { IsEmpty: false } names ? names : note.Names(key);
        return new()
        {
            Id = id,
            Type = type,
            Title = Field("title"),
            TitleShort = Field("title-short") ?? Field("shortTitle"),
            ContainerTitle = Field("container-title"),
            ContainerTitleShort = Field("container-title-short") ?? Field("journalAbbreviation"),
            CollectionTitle = Field("collection-title"),
            Author = People("author"),
            Editor = People("editor"),
            Translator = People("translator"),
            Issued = Date(item, "issued", diagnostics) ?? note.Date("issued"),
            Accessed = Date(item, "accessed", diagnostics) ?? note.Date("accessed"),
            Publisher = Field("publisher"),
            PublisherPlace = Field("publisher-place"),
            Authority = Field("authority"),
            Genre = Field("genre"),
            Number = Field("number"),
            Volume = Field("volume"),
            Issue = Field("issue"),
            Page = Field("page"),
            Section = Field("section"),
            Edition = Field("edition"),
            Medium = Field("medium"),
            Url = url,
            Doi = Field("DOI"),
            ArchiveLocation = Field("archive_location"),
            ArchiveUrl = Field("archive-url"),
            Note = note.Rest,
            Json = CslJson.Write(item.Node, url),
        };
    }

    private static string? Text(MappingReader item, string key)
    {
        var value = item.Scalar(key)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static ImmutableArray<CslName> Names(MappingReader item, string key, DiagnosticBag diagnostics)
    {
        var node = item.Get(key);
        if (node is null)
        {
            return [];
        }

        if (node is not SequenceNode list)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, node.At,
                $"'{key}' must be a list of names (each with family and given, or literal)."));
            return [];
        }

        var names = ImmutableArray.CreateBuilder<CslName>();
        foreach (var entry in list.Items)
        {
            if (entry is ScalarNode { IsNull: false } literal)
            {
                names.Add(new CslName { Literal = literal.Value.Trim() });
                continue;
            }

            if (entry is not MappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, entry.At, $"Each name in '{key}' must be a set of keys (family, given or literal)."));
                continue;
            }

            var name = new MappingReader(mapping, $"a name in '{key}'", CslVocabulary.NameKeys, diagnostics, item.Unlisted);
            var value = new CslName
            {
                Family = Text(name, "family"),
                Given = Text(name, "given"),
                Literal = Text(name, "literal"),
                Suffix = Text(name, "suffix"),
                DroppingParticle = Text(name, "dropping-particle"),
                NonDroppingParticle = Text(name, "non-dropping-particle"),
            };
            if (value.Family is null && value.Literal is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, mapping.At,
                    $"A name in '{key}' needs 'family' (a person) or 'literal' (an organization)."));
                continue;
            }

            names.Add(value);
        }

        return names.ToImmutable();
    }

    private static CslDate? Date(MappingReader item, string key, DiagnosticBag diagnostics)
    {
        var node = item.Get(key);
        switch (node)
        {
            case null:
                return null;
            case ScalarNode scalar:
                return ParseEdtf(scalar, key, diagnostics);
            case MappingNode mapping:
                var date = new MappingReader(mapping, $"'{key}'", CslVocabulary.DateKeys, diagnostics, item.Unlisted);
                if (date.Get("date-parts") is SequenceNode { Items: [SequenceNode first, ..] })
                {
                    return FromParts(first, key, diagnostics);
                }

                if (date.Scalar("raw") is { } raw)
                {
                    return ParseEdtf(raw, key, diagnostics);
                }

                var literalText = date.String("literal");
                if (literalText is not null)
                {
                    return new CslDate(null, Literal: literalText);
                }

                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, mapping.At,
                    $"'{key}' needs 'date-parts' (e.g. [[2006, 10, 14]]), 'raw' or 'literal'."));
                return null;
            default:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, node.At,
                    $"'{key}' must be a date such as 2006-10-14 or date-parts: [[2006, 10, 14]]."));
                return null;
        }
    }

    private static CslDate? FromParts(SequenceNode parts, string key, DiagnosticBag diagnostics)
    {
        var numbers = new List<int>();
        foreach (var part in parts.Items.Take(3))
        {
            if (part is ScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                numbers.Add(value);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, part.At, $"Each date part of '{key}' must be a whole number."));
                return null;
            }
        }

        return Validate(parts.At, key, numbers, diagnostics);
    }

    /// <summary>EDTF as Pandoc's CSL-YAML writes it: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    private static CslDate? ParseEdtf(ScalarNode scalar, string key, DiagnosticBag diagnostics)
    {
        var text = scalar.Value.Trim();
        var pieces = text.Split('-');
        var numbers = new List<int>();
        foreach (var piece in pieces)
        {
            if (piece.Length == 0 || !int.TryParse(piece, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, scalar.At, $"'{key}' is not a date: '{text}'.",
                    "Write YYYY-MM-DD, YYYY-MM or YYYY, for example 2006-10-14."));
                return null;
            }

            numbers.Add(value);
        }

        return numbers.Count is >= 1 and <= 3 ? Validate(scalar.At, key, numbers, diagnostics) : null;
    }

    /// <summary>Whether the first <paramref name="count"/> of year, month and day make a possible date.</summary>
    private static bool IsPossible(int year, int month, int day, int count) =>
        year is >= 1 and <= 9999
        && (count < 2 || month is >= 1 and <= 12)
        && (count < 3 || (day >= 1 && day <= DateTime.DaysInMonth(year, month)));

    private static CslDate? Validate(SourceLocation at, string key, List<int> parts, DiagnosticBag diagnostics)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        int year = parts[0], month = parts.Count > 1 ? parts[1] : 0, day = parts.Count > 2 ? parts[2] : 0;
        if (!IsPossible(year, month, day, parts.Count))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDate, at,
                $"'{key}' is not a possible date: {string.Join('-', parts)}.", "Check the year, month (1–12) and day."));
            return null;
        }

        return new CslDate(year, parts.Count > 1 ? month : null, parts.Count > 2 ? day : null);
    }
}
