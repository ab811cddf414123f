namespace Briefing.Anchoring;

/// <summary>TextQuoteSelector matching on folded text: every occurrence of the quote, then prefix and suffix.</summary>
internal static class QuoteMatcher
{
    /// <summary>Start indices (in folded text) of every occurrence of <paramref name="quote"/>, overlapping ones included.</summary>
    public static List<int> Occurrences(string text, string quote)
    {
        var found = new List<int>();
        if (quote.Length == 0)
        {
            return found;
        }

        var from = 0;
        while (from <= text.Length - quote.Length)
        {
            var index = text.IndexOf(quote, from, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            found.Add(index);
            from = index + 1;
        }

        return found;
    }

    /// <summary>
    /// True when the folded text just before <paramref name="start"/> ends with <paramref name="prefix"/>.
    /// White space between prefix and quote is not significant: quotes are trimmed, so prefixes are too.
    /// </summary>
    public static bool PrefixMatches(string text, int start, string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        var end = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        return end >= prefix.Length && string.CompareOrdinal(text, end - prefix.Length, prefix, 0, prefix.Length) == 0;
    }

    public static bool SuffixMatches(string text, int end, string suffix)
    {
        if (suffix.Length == 0)
        {
            return true;
        }

        var start = end < text.Length && text[end] == ' ' ? end + 1 : end;
        return start + suffix.Length <= text.Length && string.CompareOrdinal(text, start, suffix, 0, suffix.Length) == 0;
    }
}
