namespace Briefing.Html;

/// <summary>Escaping for untrusted text. The result is safe in element content and in quoted attribute values.</summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Escape(text, builder);
        return builder.ToString();
    }

    public static void Escape(ReadOnlySpan<char> text, StringBuilder builder)
    {
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
    }

    /// <summary>True for URLs a page may link to: http, https, mailto, and relative references.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and leading white space when they read a scheme.
        foreach (var c in url)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = trimmed.AsSpan().IndexOfAny("/?#");
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // a relative reference whose path happens to contain ':'
        }

        var scheme = trimmed[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }
}
