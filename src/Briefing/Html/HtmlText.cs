namespace Briefing.Html;

/// <summary>Escaping for untrusted text. The result is safe in element content and in quoted attribute values.</summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>True for URLs a page may link to: http, https, mailto, and relative references.</summary>
    public static bool IsSafeUrl(string? url)
    {
        // Browsers ignore control characters (char.IsControl's two ranges) and leading white space when they read a scheme.
        if (string.IsNullOrWhiteSpace(url) || url.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0
            || url.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0)
        {
            return false;
        }

        // No scheme, or a relative reference whose path happens to contain ':'.
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || trimmed.AsSpan(0, colon).IndexOfAny("/?#") >= 0)
        {
            return true;
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }
}
