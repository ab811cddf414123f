using System.Text;

namespace Briefing.Csl.Rendering;

/// <summary>Page ranges written as the style's page-range-format asks, joined by the locale's range delimiter.</summary>
internal static class PageRanges
{
    /// <summary>Formats each range of a page list ("1-3, 5 & 7"); a null format only normalizes the dashes.</summary>
    public static string Format(string pages, string? format, RenderContext ctx)
    {
        var delimiter = ctx.Locale.Term("page-range-delimiter", "long", false) ?? "\u2013";
        var builder = new StringBuilder();
        foreach (var piece in Pieces(pages))
        {
            if (builder.Length > 0 && piece[0] is not (',' or ';' or '.'))
            {
                builder.Append(' ');
            }
            builder.Append(piece is "," or "&" ? piece : Range(piece, format, delimiter));
        }
        return builder.ToString();
    }

    private static IEnumerable<string> Pieces(string pages)
    {
        var current = new StringBuilder();
        foreach (var c in pages)
        {
            if (c is ',' or '&')
            {
                if (current.ToString().Trim() is { Length: > 0 } before)
                {
                    yield return before;
                }
                current.Clear();
                yield return c.ToString();
                continue;
            }
            current.Append(c);
        }
        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    private static string Range(string text, string? format, string delimiter)
    {
        if (text.Contains("\\-", StringComparison.Ordinal))
        {
            return text.Replace("\\-", "-", StringComparison.Ordinal);
        }
        var parts = text.Split(['-', '\u2013']).Select(p => p.Trim()).ToArray();
        if (parts.Length != 2)
        {
            return parts.Length == 1 ? parts[0] : text;
        }
        var (w, v) = (parts[0], parts[1]);
        var wPrefix = w.TrimEnd("0123456789".ToCharArray());
        var vPrefix = v.TrimEnd("0123456789".ToCharArray());
        if (format is null)
        {
            return w + delimiter + v;
        }
        if (wPrefix != vPrefix)
        {
            return wPrefix.Length == w.Length && vPrefix.Length == v.Length ? w + delimiter + v : w + "-" + v;
        }
        var x = w[wPrefix.Length..];
        var y = v[vPrefix.Length..];
        var expanded = y.Length < x.Length ? x[..(x.Length - y.Length)] + y : y;
        if (expanded.Length > x.Length)
        {
            return wPrefix + x + delimiter + wPrefix + expanded;
        }
        return format switch
        {
            "expanded" => wPrefix + x + delimiter + wPrefix + expanded,
            "minimal" => wPrefix + x + delimiter + Minimal(1, x, expanded),
            "minimal-two" => wPrefix + x + delimiter + Minimal(2, x, expanded),
            "chicago" or "chicago-15" => wPrefix + x + delimiter + Chicago(x, expanded, fourDigitRule: true),
            "chicago-16" => wPrefix + x + delimiter + Chicago(x, expanded, fourDigitRule: false),
            _ => w + delimiter + v,
        };
    }

    private static string Chicago(string x, string y, bool fourDigitRule)
    {
        if (x.Length < 3 || x.EndsWith("00", StringComparison.Ordinal))
        {
            return y;
        }
        if (x[^2] == '0')
        {
            return Minimal(1, x, y);
        }
        var changed = y.Where((c, i) => i >= x.Length || x[i] != c).Count();
        return fourDigitRule && x.Length == 4 && changed >= 3 ? y : Minimal(2, x, y);
    }

    private static string Minimal(int threshold, string x, string y)
    {
        var common = 0;
        while (common < x.Length && common < y.Length && x[common] == y[common])
        {
            common++;
        }
        if (common == 0)
        {
            return y;
        }
        var rest = y[common..];
        return rest.Length < threshold && y.Length >= threshold ? y[^threshold..] : rest;
    }
}
