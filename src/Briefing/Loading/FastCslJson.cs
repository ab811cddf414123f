using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Content;

namespace Briefing.Loading;

/// <summary>
/// Reads one CSL-JSON item straight from the JSON reader into a <see cref="CslItem"/>, without the
/// located nodes and key maps <see cref="ReadCslItem"/> works on. It takes only items that reader
/// would take without a word: an item with anything to report (an unknown or repeated key, a value of
/// the wrong kind, a missing id, an unknown type, an unsafe URL, an impossible date, a name with
/// neither family nor literal), or anything this reader does not know how to read exactly as that one
/// does (a date given as text, a name variable Briefing does not format, an escaped key or skipped
/// string), gives <c>null</c>, and the caller reads the item again the thorough way from where it
/// began. A test holds the two to the same sources on generated items.
/// </summary>
internal static class FastCslJson
{
    private enum Field : byte
    {
        Ignored,
        Id,
        Type,
        Url,
        Text,
        Names,
        Date,

        // A name or date variable Briefing validates but does not format: only null is taken here.
        OtherNames,
        OtherDate,
    }

    // The text variables CslItem keeps, each with its slot in the texts read (TextSlot, in this order).
    private static readonly string[] TextKeys =
    [
        "title", "title-short", "shortTitle", "container-title", "container-title-short", "journalAbbreviation",
        "collection-title", "publisher", "publisher-place", "authority", "genre", "number", "volume", "issue", "page",
        "section", "edition", "medium", "DOI", "note",
    ];

    private enum TextSlot
    {
        Title, TitleShort, ShortTitle, ContainerTitle, ContainerTitleShort, JournalAbbreviation, CollectionTitle, Publisher,
        PublisherPlace, Authority, Genre, Number, Volume, Issue, Page, Section, Edition, Medium, Doi, Note,
    }

    private static readonly string[] NameKeys = ["author", "editor", "translator"];
    private static readonly string[] DateKeys = ["issued", "accessed"];

    private const int MaxKey = 32;

    // Every CSL item key → what it is, its slot (within its kind) and its index (for repeats).
    private static readonly Dictionary<string, (Field Field, int Slot, int Index)>.AlternateLookup<ReadOnlySpan<char>> Keys = MakeKeys();

    private static readonly int KeyCount = CslVocabulary.AllItemKeys.Count;

    private static Dictionary<string, (Field, int, int)>.AlternateLookup<ReadOnlySpan<char>> MakeKeys()
    {
        var keys = new Dictionary<string, (Field, int, int)>(StringComparer.Ordinal);
        foreach (var key in CslVocabulary.AllItemKeys)
        {
            var field = key switch
            {
                "id" => (Field.Id, 0),
                "type" => (Field.Type, 0),
                "URL" => (Field.Url, 0),
                _ when Array.IndexOf(TextKeys, key) is >= 0 and var slot => (Field.Text, slot),
                _ when Array.IndexOf(NameKeys, key) is >= 0 and var slot => (Field.Names, slot),
                _ when Array.IndexOf(DateKeys, key) is >= 0 and var slot => (Field.Date, slot),
                _ when CslVocabulary.NameVariables.Contains(key) => (Field.OtherNames, 0),
                _ when CslVocabulary.DateVariables.Contains(key) => (Field.OtherDate, 0),
                _ => (Field.Ignored, 0),
            };
            keys.Add(key, (field.Item1, field.Item2, keys.Count));
        }

        return keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // A name's keys: the six a CslName keeps (slots 0–5), and three CSL allows that it does not.
    private static readonly string[] NamePartKeys = ["family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle"];

    /// <summary>
    /// The item at the reader (on its first token), read to its last token; or null when it must be
    /// read the thorough way, and then the reader is anywhere inside it.
    /// </summary>
    public static CslItem? TryRead(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Span<bool> seen = stackalloc bool[KeyCount];
        string? id = null, type = null, url = null;
        var texts = new string?[TextKeys.Length];
        var names = new ImmutableArray<CslName>[NameKeys.Length];
        var dates = new CslDate?[DateKeys.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (!TryKey(ref reader, out var field, out var slot, out var index) || seen[index])
            {
                return null;
            }

            seen[index] = true;
            if (!reader.Read())
            {
                return null;
            }

            switch (field)
            {
                case Field.Id or Field.Type or Field.Url:
                    // A required key given as null is missing; a URL given as null is no URL.
                    if (!TryScalar(ref reader, out var value) || (value is null && field != Field.Url))
                    {
                        return null;
                    }

                    if (field == Field.Id)
                    {
                        id = value;
                    }
                    else if (field == Field.Type)
                    {
                        type = value;
                    }
                    else
                    {
                        url = value;
                    }

                    break;
                case Field.Text:
                    if (!TryScalar(ref reader, out texts[slot]))
                    {
                        return null;
                    }

                    break;
                case Field.Names:
                    if (!TryNames(ref reader, out names[slot]))
                    {
                        return null;
                    }

                    break;
                case Field.Date:
                    if (!TryDate(ref reader, out dates[slot]))
                    {
                        return null;
                    }

                    break;
                case Field.OtherNames or Field.OtherDate:
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        return null;
                    }

                    break;
                default:
                    if (!TrySkip(ref reader))
                    {
                        return null;
                    }

                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(id) || type is null || !CslVocabulary.TypeSet.Contains(type)
            || (url is not null && !LoadSite.IsAbsoluteHttpUrl(url)))
        {
            return null;
        }

        return new CslItem
        {
            Id = id.Trim(),
            Type = type,
            Title = Text(texts, TextSlot.Title),
            TitleShort = Text(texts, TextSlot.TitleShort) ?? Text(texts, TextSlot.ShortTitle),
            ContainerTitle = Text(texts, TextSlot.ContainerTitle),
            ContainerTitleShort = Text(texts, TextSlot.ContainerTitleShort) ?? Text(texts, TextSlot.JournalAbbreviation),
            CollectionTitle = Text(texts, TextSlot.CollectionTitle),
            Author = OrEmpty(names[0]),
            Editor = OrEmpty(names[1]),
            Translator = OrEmpty(names[2]),
            Issued = dates[0],
            Accessed = dates[1],
            Publisher = Text(texts, TextSlot.Publisher),
            PublisherPlace = Text(texts, TextSlot.PublisherPlace),
            Authority = Text(texts, TextSlot.Authority),
            Genre = Text(texts, TextSlot.Genre),
            Number = Text(texts, TextSlot.Number),
            Volume = Text(texts, TextSlot.Volume),
            Issue = Text(texts, TextSlot.Issue),
            Page = Text(texts, TextSlot.Page),
            Section = Text(texts, TextSlot.Section),
            Edition = Text(texts, TextSlot.Edition),
            Medium = Text(texts, TextSlot.Medium),
            Url = url?.Trim(),
            Doi = Text(texts, TextSlot.Doi),
            Note = Text(texts, TextSlot.Note),
        };
    }

    private static ImmutableArray<CslName> OrEmpty(ImmutableArray<CslName> names) => names.IsDefault ? [] : names;

    /// <summary>As ReadCslItem's Text: trimmed, and null when nothing is left.</summary>
    private static string? Text(string?[] texts, TextSlot slot) => Trimmed(texts[(int)slot]);

    private static bool TryKey(ref Utf8JsonReader reader, out Field field, out int slot, out int index)
    {
        (field, slot, index) = (Field.Ignored, 0, 0);
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped || raw.Length > MaxKey)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxKey];
        var count = Encoding.UTF8.GetChars(raw, chars);
        if (!Keys.TryGetValue(chars[..count], out var known))
        {
            return false;
        }

        (field, slot, index) = known;
        return true;
    }

    /// <summary>A scalar as the located reader makes it (a number as written, true or false); null for null; false for a list or mapping.</summary>
    private static bool TryScalar(ref Utf8JsonReader reader, out string? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                value = JsonReader.ScalarText(ref reader);
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                return false;
        }
    }

    private static bool TryNames(ref Utf8JsonReader reader, out ImmutableArray<CslName> names)
    {
        names = [];
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var read = ImmutableArray.CreateBuilder<CslName>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // A name given as a bare value is a literal one; null is not a name.
                if (!TryScalar(ref reader, out var literal) || literal is null)
                {
                    return false;
                }

                read.Add(new CslName { Literal = literal.Trim() });
                continue;
            }

            Span<string?> parts = [null, null, null, null, null, null];
            var seen = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                if (reader.ValueIsEscaped || !TryNameKey(reader.ValueSpan, out var slot) || (seen & (1 << slot)) != 0)
                {
                    return false;
                }

                seen |= 1 << slot;
                if (!reader.Read())
                {
                    return false;
                }

                if (slot < NamePartKeys.Length ? !TryScalar(ref reader, out parts[slot]) : !TrySkip(ref reader))
                {
                    return false;
                }
            }

            var name = new CslName
            {
                Family = Trimmed(parts[0]),
                Given = Trimmed(parts[1]),
                Literal = Trimmed(parts[2]),
                Suffix = Trimmed(parts[3]),
                DroppingParticle = Trimmed(parts[4]),
                NonDroppingParticle = Trimmed(parts[5]),
            };
            if (name.Family is null && name.Literal is null)
            {
                return false;
            }

            read.Add(name);
        }

        names = read.ToImmutable();
        return true;
    }

    private static string? Trimmed(string? value) => value?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Slots 0–5 for the parts a CslName keeps, 6–8 for comma-suffix, static-ordering and parse-names.</summary>
    private static bool TryNameKey(ReadOnlySpan<byte> key, out int slot)
    {
        slot = key switch
        {
            _ when key.SequenceEqual("family"u8) => 0,
            _ when key.SequenceEqual("given"u8) => 1,
            _ when key.SequenceEqual("literal"u8) => 2,
            _ when key.SequenceEqual("suffix"u8) => 3,
            _ when key.SequenceEqual("dropping-particle"u8) => 4,
            _ when key.SequenceEqual("non-dropping-particle"u8) => 5,
            _ when key.SequenceEqual("comma-suffix"u8) => 6,
            _ when key.SequenceEqual("static-ordering"u8) => 7,
            _ when key.SequenceEqual("parse-names"u8) => 8,
            _ => -1,
        };
        return slot >= 0;
    }

    /// <summary>Only <c>{"date-parts": [[year, month, day], …]}</c>: whatever else a date may be is left to the thorough reader.</summary>
    private static bool TryDate(ref Utf8JsonReader reader, out CslDate? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName
            || reader.ValueIsEscaped || !reader.ValueSpan.SequenceEqual("date-parts"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.StartArray
            || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        // The first list holds the date (its first three numbers); the rest (a range's end) is not read.
        Span<int> parts = stackalloc int[3];
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (count == 3)
            {
                if (!TrySkip(ref reader))
                {
                    return false;
                }

                continue;
            }

            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number) || !TryScalar(ref reader, out var text)
                || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parts[count]))
            {
                return false;
            }

            count++;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!TrySkip(ref reader))
            {
                return false;
            }
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        if (count == 0)
        {
            return true;
        }

        int year = parts[0], month = count > 1 ? parts[1] : 0, day = count > 2 ? parts[2] : 0;
        if (!ReadCslItem.IsPossible(year, month, day, count))
        {
            return false;
        }

        date = new CslDate(year, count > 1 ? month : null, count > 2 ? day : null);
        return true;
    }

    /// <summary>
    /// Passes over a value not read. The thorough reader decodes every string it meets, and an escape
    /// that is not a character fails there: a value with any escaped string is left to it.
    /// </summary>
    private static bool TrySkip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return reader.TokenType != JsonTokenType.String || !reader.ValueIsEscaped;
        }

        // A list or mapping ends on a token at its own depth.
        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
            {
                return false;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return true;
            }
        }

        return false;
    }
}
