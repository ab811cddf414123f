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

    /// <summary>Whether the text before <paramref name="start"/> ends with the prefix, the space between ignored.</summary>
    public static bool PrefixMatches(string text, int start, string prefix) =>
        text.AsSpan(0, start > 0 && text[start - 1] == ' ' ? start - 1 : start).EndsWith(prefix);

    public static bool SuffixMatches(string text, int end, string suffix) =>
        text.AsSpan(end < text.Length && text[end] == ' ' ? end + 1 : end).StartsWith(suffix);
}
