namespace Briefing.Import;

/// <summary>How deep a page's tags nest, in one pass over the text: the parser is slow on a page nested thousands deep,
/// so one is refused before parsing. Elements HTML closes by itself and void elements are not counted.</summary>
internal static class NestingScan
{
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rp", "rt", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "keygen",
    };

    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                at = End(html, at, "-->");
                continue;
            }

            var closing = html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (name.Length == 0 || tagEnd < 0)
            {
                at++;
                continue;
            }

            if (closing)
            {
                depth = NotCounted.Contains(name) ? depth : Math.Max(0, depth - 1);
            }
            else if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                tagEnd = End(html, tagEnd, "</" + name) - 1;
            }
            else if (!NotCounted.Contains(name) && html[tagEnd - 1] != '/' && ++depth > limit)
            {
                return true;
            }

            at = tagEnd + 1;
        }

        return false;
    }

    private static int End(string html, int from, string marker)
    {
        var end = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end + marker.Length;
    }
}
