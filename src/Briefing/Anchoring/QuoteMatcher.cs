namespace Briefing.Anchoring;

/// <summary>TextQuoteSelector matching on folded text: every occurrence of the quote, then prefix and suffix.</summary>
internal static class QuoteMatcher
{
    /// <summary>Start indices (in folded text) of every occurrence of <paramref name="quote"/>, overlapping ones included.</summary>
    public static List<int> Occurrences(string text, string quote)
    {
        var found = new List<int>();
        var at = quote.Length == 0 ? -1 : text.IndexOf(quote, StringComparison.Ordinal);
        for (; at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    /// <summary>
    /// True when the folded text just before <paramref name="start"/> ends with <paramref name="prefix"/>.
    /// White space between prefix and quote is not significant: quotes are trimmed, so prefixes are too.
    /// </summary>
    public static bool PrefixMatches(string text, int start, string prefix)
    {
        var end = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        return prefix.Length == 0
            || (end >= prefix.Length && string.CompareOrdinal(text, end - prefix.Length, prefix, 0, prefix.Length) == 0);
    }

    public static bool SuffixMatches(string text, int end, string suffix)
    {
        var start = end < text.Length && text[end] == ' ' ? end + 1 : end;
        return suffix.Length == 0
            || (start + suffix.Length <= text.Length && string.CompareOrdinal(text, start, suffix, 0, suffix.Length) == 0);
    }
}
