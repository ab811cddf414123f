using System.Text.RegularExpressions;

namespace Briefing.Csl.Rendering;

/// <summary>Page ranges written as the style's page-range-format asks, joined by the locale's range delimiter.</summary>
internal static partial class PageRanges
{
    [GeneratedRegex(@"(\p{L}*)(\d+)\s*(?:-|\u2013)+\s*(\p{L}*)(\d+)")]
    private static partial Regex Range();

    public static string Format(string pages, RenderContext ctx)
    {
        var format = ctx.Style.Option("page-range-format");
        var delimiter = ctx.Locale.Term("page-range-delimiter", "long", false) ?? "\u2013";
        return Range().Replace(pages, m =>
        {
            var (prefix, first, secondPrefix, second) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
            if (prefix != secondPrefix || format.Length == 0)
            {
                return format.Length == 0 ? $"{prefix}{first}{delimiter}{secondPrefix}{second}" : m.Value;
            }
            var expanded = second.Length < first.Length ? first[..(first.Length - second.Length)] + second : second;
            return prefix + first + delimiter + prefix + Shorten(first, expanded, format);
        });
    }

    private static string Shorten(string first, string second, string format)
    {
        if (first.Length != second.Length || format == "expanded")
        {
            return second;
        }
        return format switch
        {
            "minimal" => Minimal(first, second, 1),
            "minimal-two" => Minimal(first, second, 2),
            "chicago" or "chicago-15" => Chicago(first, second, fifteenth: true),
            "chicago-16" => Chicago(first, second, fifteenth: false),
            _ => second,
        };
    }

    private static string Minimal(string first, string second, int keep)
    {
        var i = 0;
        while (i < first.Length && first[i] == second[i])
        {
            i++;
        }
        return second[Math.Max(0, Math.Min(i, second.Length - keep))..];
    }

    private static string Chicago(string first, string second, bool fifteenth)
    {
        var start = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        if (start < 100 || start % 100 == 0)
        {
            return second;
        }
        if (start % 100 < 10)
        {
            return Minimal(first, second, 1);
        }
        if (fifteenth && first.Length == 4 && Minimal(first, second, 1).Length >= 3)
        {
            return second;
        }
        return Minimal(first, second, 2);
    }
}
