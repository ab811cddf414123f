using System.Globalization;

namespace Briefing.Citations;

/// <summary>
/// Page ranges with an en dash, shortened the Chicago way (CSL page-range-format="chicago"):
/// 3–10, 71–72, 100–104, 101–8, 321–28, 498–532, 1087–89, 1496–1504, 11564–615.
/// </summary>
internal static class PageRange
{
    public static string? Format(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages))
        {
            return pages;
        }

        var parts = pages.Split(',').Select(part => FormatOne(part.Trim()));
        return string.Join(", ", parts);
    }

    private static string FormatOne(string range)
    {
        var dash = range.IndexOfAny(['-', '\u2013']);
        if (dash <= 0 || dash == range.Length - 1)
        {
            return range;
        }

        var first = range[..dash].Trim();
        var second = range[(dash + 1)..].Trim().TrimStart('-');
        if (!IsNumber(first) || !IsNumber(second))
        {
            return $"{first}\u2013{second}";
        }

        if (second.Length < first.Length)
        {
            second = first[..(first.Length - second.Length)] + second;
        }

        return $"{first}\u2013{Shorten(first, second)}";
    }

    private static string Shorten(string first, string second)
    {
        var from = int.Parse(first, CultureInfo.InvariantCulture);
        var to = int.Parse(second, CultureInfo.InvariantCulture);
        if (to <= from || first.Length != second.Length || from < 100 || from % 100 == 0)
        {
            return second;
        }

        var same = 0;
        while (same < first.Length && first[same] == second[same])
        {
            same++;
        }

        var changed = first.Length - same;
        if (first.Length == 4 && changed >= 3)
        {
            return second; // 1496–1504, not 1496–504
        }

        var keep = from % 100 < 10 ? changed : Math.Max(changed, 2);
        return second[^keep..];
    }

    private static bool IsNumber(string text) => text.Length is > 0 and < 9 && text.All(char.IsAsciiDigit);
}
