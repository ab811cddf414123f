using System.Globalization;
using System.Text.Json;
using Briefing.Csl.Data;

namespace Briefing.Csl;

/// <summary>A name of an item made in code: a person's family and given names, or an institution's literal name.</summary>
public sealed record CslItemName(string? Family = null, string? Given = null, string? Literal = null);

/// <summary>A bibliographic item in CSL-JSON: ordinary variables, name lists and dates.</summary>
public sealed class CslItem
{
    private CslItem(string id) => Id = id;

    public string Id { get; }

    /// <summary>What processing runs kept of the item, one for each style and locale (see Processing.RenderMemo).</summary>
    internal Processing.ItemMemo? Memo;

    internal Dictionary<string, string> Text { get; } = [];

    internal Dictionary<string, IReadOnlyList<CslName>> Names { get; } = [];

    internal Dictionary<string, CslDate> Dates { get; } = [];

    /// <summary>The variables the item has: a text, a date, or a list of at least one name.</summary>
    internal HashSet<string> Present { get; } = [];

    public string Type { get; private set; } = "";

    /// <summary>A text variable's value as the processor reads it (note lines and aliases included); null when the item has none.</summary>
    public string? Variable(string name) => Text.GetValueOrDefault(name);

    /// <summary>The type as a bit of <see cref="Style.ItemTypes"/> (0 for a type CSL does not name).</summary>
    internal ulong TypeBit { get; private set; }

    /// <summary>Reads a CSL-JSON array of items.</summary>
    public static IReadOnlyList<CslItem> ParseAll(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select((json, i) => FromJson(json, $"ITEM-{i + 1}")).ToList();
    }

    /// <summary>Reads one CSL-JSON item object; an item without an id takes the fallback.</summary>
    public static CslItem FromJson(JsonElement json, string fallbackId = "")
    {
        var item = new CslItem(json.TryGetProperty("id"u8, out var id) ? Scalar(id) : fallbackId);
        foreach (var property in json.EnumerateObject())
        {
            item.Add(property.Name, property.Value);
        }
        item.Finish();
        return item;
    }

    /// <summary>
    /// An item made in code, read as the CSL-JSON object with the same fields in the same order is read: its id
    /// and type, text variables, name lists, then dates of year, month and day.
    /// </summary>
    public static CslItem Create(string id, string type, IEnumerable<(string Variable, string Value)> variables,
        IEnumerable<(string Variable, IReadOnlyList<CslItemName> Names)> names, IEnumerable<(string Variable, DateOnly Date)> dates)
    {
        var item = new CslItem(id);
        item.AddText("id", id);
        item.AddText("type", type);
        foreach (var (variable, value) in variables)
        {
            item.AddText(variable, value);
        }
        foreach (var (variable, list) in names)
        {
            var read = new List<CslName>(list.Count);
            foreach (var name in list)
            {
                read.Add(new CslName { Family = NonEmpty(name.Family), Given = NonEmpty(name.Given), Literal = NonEmpty(name.Literal) }.WithParsedParticles());
            }
            item.Names[variable] = read;
        }
        foreach (var (variable, date) in dates)
        {
            if (NoteFields.DateVariables.Contains(variable))
            {
                item.Dates[variable] = new CslDate([new DateParts(date.Year, date.Month, date.Day)], null, false, null);
            }
        }
        item.Finish();
        return item;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private void Finish()
    {
        ReadNote();
        AddAlias("journalAbbreviation", "container-title-short");
        AddAlias("shortTitle", "title-short");
        Type = Text.GetValueOrDefault("type", "");
        TypeBit = Style.ItemTypes.Bit(Type);
        Present.UnionWith(Text.Keys);
        Present.UnionWith(Dates.Keys);
        foreach (var (variable, names) in Names)
        {
            if (names.Count > 0)
            {
                Present.Add(variable);
            }
        }
    }

    private void ReadNote()
    {
        if (!Text.TryGetValue("note", out var note))
        {
            return;
        }
        var (fields, rest) = NoteFields.Read(note);
        foreach (var (key, value) in fields)
        {
            if (NoteFields.NameVariables.Contains(key))
            {
                Names[key] = [.. Names.GetValueOrDefault(key) ?? [], NoteFields.Name(value)];
            }
            else if (NoteFields.DateVariables.Contains(key))
            {
                Dates.TryAdd(key, CslDate.FromRaw(value, null, false));
            }
            else
            {
                Text.TryAdd(key, value);
            }
        }
        if (rest.Length > 0)
        {
            Text["note"] = rest;
        }
        else
        {
            Text.Remove("note");
        }
    }

    private void AddAlias(string from, string to)
    {
        if (Text.TryGetValue(from, out var value) && !Text.ContainsKey(to))
        {
            Text[to] = value;
        }
    }

    private void Add(string name, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array && ReadNames(value) is { } names)
        {
            Names[name] = names;
        }
        else if (value.ValueKind == JsonValueKind.Object && NoteFields.DateVariables.Contains(name))
        {
            Dates[name] = ReadDate(value);
        }
        else if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            AddText(name, Scalar(value));
        }
    }

    private void AddText(string name, string text)
    {
        if (NoteFields.DateVariables.Contains(name))
        {
            Dates[name] = CslDate.FromRaw(text, null, false);
        }
        else if (text.Length > 0)
        {
            Text[name] = text;
        }
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };

    private static string? Optional(JsonElement obj, ReadOnlySpan<byte> name) => obj.TryGetProperty(name, out var value) ? NonEmpty(value) : null;

    private static string? NonEmpty(JsonElement value) => Scalar(value) is { Length: > 0 } text ? text : null;

    private static bool Flag(JsonElement obj, ReadOnlySpan<byte> name) => obj.TryGetProperty(name, out var value) && IsTrue(value);

    private static bool IsTrue(JsonElement value) =>
        value.ValueKind is JsonValueKind.True or JsonValueKind.Number or JsonValueKind.String && Scalar(value) is "true" or "1";

    /// <summary>An array's names, or null when not every entry is an object.</summary>
    private static List<CslName>? ReadNames(JsonElement array)
    {
        var names = new List<CslName>(array.GetArrayLength());
        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            names.Add(ReadName(entry));
        }
        return names;
    }

    private static CslName ReadName(JsonElement json)
    {
        // One pass over the fields: of a field given twice the last counts, as TryGetProperty finds it.
        var name = new CslName();
        var parse = true;
        foreach (var field in json.EnumerateObject())
        {
            var value = field.Value;
            name = field switch
            {
                _ when field.NameEquals("family"u8) => name with { Family = NonEmpty(value) },
                _ when field.NameEquals("given"u8) => name with { Given = NonEmpty(value) },
                _ when field.NameEquals("literal"u8) => name with { Literal = NonEmpty(value) },
                _ when field.NameEquals("dropping-particle"u8) => name with { DroppingParticle = NonEmpty(value) },
                _ when field.NameEquals("non-dropping-particle"u8) => name with { NonDroppingParticle = NonEmpty(value) },
                _ when field.NameEquals("suffix"u8) => name with { Suffix = NonEmpty(value) },
                _ when field.NameEquals("comma-suffix"u8) => name with { CommaSuffix = IsTrue(value) },
                _ when field.NameEquals("static-ordering"u8) => name with { StaticOrdering = IsTrue(value) },
                _ => name,
            };
            if (field.NameEquals("parse-names"u8))
            {
                parse = Scalar(value) is not ("false" or "0");
            }
        }
        return parse ? name.WithParsedParticles() : name;
    }

    private static CslDate ReadDate(JsonElement json)
    {
        var season = Optional(json, "season"u8);
        var circa = Flag(json, "circa"u8);
        if (json.TryGetProperty("date-parts"u8, out var parts) && parts.ValueKind == JsonValueKind.Array)
        {
            var ends = new List<DateParts>(parts.GetArrayLength());
            foreach (var end in parts.EnumerateArray())
            {
                if (ReadParts(end) is { } read)
                {
                    ends.Add(read);
                }
            }
            if (ends.Count > 0)
            {
                return new CslDate(ends, season, circa, null);
            }
        }
        if (Optional(json, "literal"u8) is { } literal)
        {
            return new CslDate([], season, circa, literal);
        }
        return Optional(json, "raw"u8) is { } raw ? CslDate.FromRaw(raw, season, circa) : new CslDate([], season, circa, null);
    }

    private static DateParts? ReadParts(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var numbers = new List<int?>(json.GetArrayLength());
        foreach (var v in json.EnumerateArray())
        {
            // A JSON integer is read in place; any other number or text as its written form.
            numbers.Add(v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var whole) ? whole
                : int.TryParse(Scalar(v).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null);
        }
        if (numbers.Count == 0 || numbers[0] is null)
        {
            return numbers.Count == 0 ? null : new DateParts(0, null, null);
        }
        int? At(int i) => numbers.Count > i && numbers[i] is > 0 ? numbers[i] : null;
        return new DateParts(numbers[0]!.Value, At(1), At(1) is null ? null : At(2));
    }
}
