namespace Briefing.Loading;

/// <summary>"Did you mean" for misspelt keys: the closest known key within a small edit distance.</summary>
internal static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var lower = typed.ToLowerInvariant();
        var best = known.MinBy(candidate => Distance(lower, candidate.ToLowerInvariant()));
        return best is not null && Distance(lower, best.ToLowerInvariant()) <= Math.Max(2, typed.Length / 3) ? best : null;
    }

    /// <summary>"Did you mean …?" with the closest known value; <paramref name="otherwise"/> when none is close.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> known, string otherwise) =>
        Closest(typed, known) is { } suggestion ? $"Did you mean '{suggestion}'?" : otherwise;

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
