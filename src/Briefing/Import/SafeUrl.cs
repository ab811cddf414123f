namespace Briefing.Import;

/// <summary>The links an import keeps: absolute http, https and mailto; any other (script, data:, fragment) keeps only its text.</summary>
internal static class SafeUrl
{
    /// <summary>The host SmartReader resolves relative links against when the page's own address is unknown.</summary>
    public const string UnknownBase = "https://unknown.invalid/";

    /// <summary>An absolute http(s) address, or null: what a page to fetch, a source or a canonical link must be.</summary>
    public static Uri? Web(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public static string? ForMarkdown(string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https" or "mailto")
            || uri.Host.Equals("unknown.invalid", StringComparison.OrdinalIgnoreCase) || href.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        // A Markdown link destination ends at a space or an unbalanced parenthesis: those are percent-encoded.
        return string.Concat(href.Trim().Where(c => !char.IsControl(c)).Select(c => c switch
        {
            ' ' => "%20",
            '(' => "%28",
            ')' => "%29",
            '<' => "%3C",
            '>' => "%3E",
            '\\' => "%5C",
            _ => c.ToString(),
        }));
    }
}
