using System.Collections.Immutable;
using System.Globalization;
using Briefing.Content;

namespace Briefing.Loading;

/// <summary>
/// CSL variables written as `key: value` lines in an item's `note`, as Zotero users write what its
/// fields cannot hold and as pandoc and citeproc-js read them. A variable the item sets itself wins.
/// </summary>
internal sealed class NoteVariables
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private NoteVariables(string? rest) => Rest = rest;

    /// <summary>The note without its variable lines; null when nothing else is left.</summary>
    public string? Rest { get; }

    public static NoteVariables Read(string? note)
    {
        if (note is null)
        {
            return new NoteVariables(null);
        }

        var kept = new List<string>();
        var found = new List<(string Key, string Value)>();
        foreach (var line in note.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? line[..colon].Trim() : "";
            var value = colon > 0 ? line[(colon + 1)..].Trim() : "";
            if (key is not ("id" or "type") && CslVocabulary.AllItemKeys.Contains(key) && value.Length > 0)
            {
                found.Add((key, value));
            }
            else
            {
                kept.Add(line);
            }
        }

        var rest = string.Join('\n', kept).Trim();
        var variables = new NoteVariables(rest.Length == 0 ? null : rest);
        foreach (var (key, value) in found)
        {
            variables._values.TryAdd(key, value);
        }

        return variables;
    }

    public string? Text(string key) => _values.GetValueOrDefault(key);

    /// <summary>Names as citeproc-js writes them in a note: "Family || Given", or one literal name.</summary>
    public ImmutableArray<CslName> Names(string key)
    {
        if (Text(key) is not { } value)
        {
            return [];
        }

        var parts = value.Split("||", 2, StringSplitOptions.TrimEntries);
        return [parts.Length == 2 ? new CslName { Family = parts[0], Given = parts[1] } : new CslName { Literal = value }];
    }

    /// <summary>A date written YYYY, YYYY-MM or YYYY-MM-DD; null for any other.</summary>
    public CslDate? Date(string key)
    {
        var pieces = Text(key)?.Split('-');
        if (pieces is null or { Length: > 3 })
        {
            return null;
        }

        var numbers = new int[pieces.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        var (year, month, day) = (numbers[0], pieces.Length > 1 ? numbers[1] : 1, pieces.Length > 2 ? numbers[2] : 1);
        return year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            ? null
            : new CslDate(year, pieces.Length > 1 ? month : null, pieces.Length > 2 ? day : null);
    }
}
