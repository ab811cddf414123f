using DiffMatchPatch;

namespace Briefing.Anchoring;

/// <summary>
/// For a quote found nowhere, the passage most like it. Bitap (diff-match-patch) matches at most 32 characters: the quote's
/// head and tail are each located, and the closer passage by edit distance wins.
/// </summary>
internal static class NearestPassage
{
    // diff_match_patch.Match_MaxBits, which the library keeps private.
    private const int MaxPatternLength = 32;

    public static (int Start, int End)? Find(string text, string quote)
    {
        if (text.Length == 0 || quote.Length == 0)
        {
            return null;
        }

        var dmp = new diff_match_patch { Match_Threshold = 0.5f, Match_Distance = Math.Max(1000, text.Length) };
        var width = Math.Min(quote.Length, MaxPatternLength);
        (int Start, int End)? best = null;
        var bestDistance = int.MaxValue;

        foreach (var (piece, offsetInQuote) in new[] { (quote[..width], 0), (quote[^width..], quote.Length - width) })
        {
            var at = dmp.match_main(text, piece, 0);
            if (at < 0)
            {
                continue;
            }

            var start = Math.Clamp(at - offsetInQuote, 0, text.Length);
            var end = Math.Clamp(start + quote.Length, start, text.Length);
            var distance = dmp.diff_levenshtein(dmp.diff_main(quote, text[start..end]));
            if (distance < bestDistance)
            {
                (best, bestDistance) = ((start, end), distance);
            }
        }

        // A "nearest" passage that shares less than half the quote is no help.
        return bestDistance <= quote.Length / 2 && best is { } passage ? WholeWords(text, passage) : null;
    }

    /// <summary>Widens a passage to whole words, so the editor sees "weapon", not "weapo".</summary>
    private static (int Start, int End) WholeWords(string text, (int Start, int End) passage)
    {
        var (start, end) = passage;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]))
        {
            start--;
        }

        while (end < text.Length && end > 0 && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(text[end - 1]))
        {
            end++;
        }

        return (start, end);
    }
}
