using System.Globalization;

namespace Briefing.Csl.Data;

/// <summary>One end of a date: year (negative for BC), month (13-16 for seasons) and day, each optional but the year.</summary>
internal sealed record DateParts(int Year, int? Month, int? Day);

/// <summary>A CSL-JSON date: one date or a range, or a literal, with season and circa flags.</summary>
internal sealed record CslDate(IReadOnlyList<DateParts> Parts, string? Season, bool Circa, string? Literal)
{
    public bool IsRange => Parts.Count > 1 && Parts[1].Year != 0;

    public bool IsOpenRange => Parts.Count > 1 && Parts[1].Year == 0;

    /// <summary>Reads a raw date string: ISO "2000-05-01", a range "2000/2001", or keeps it as a literal.</summary>
    public static CslDate FromRaw(string raw, string? season, bool circa)
    {
        var ends = raw.Split('/');
        var parts = new List<DateParts>();
        foreach (var end in ends)
        {
            var pieces = end.Trim().Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 0 || pieces.Length > 3 || !pieces.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return new CslDate([], season, circa, raw);
            }
            var numbers = pieces.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            parts.Add(new DateParts(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null));
        }
        return new CslDate(parts, season, circa, null);
    }
}
