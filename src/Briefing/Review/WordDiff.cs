using System.Text.RegularExpressions;
using DiffMatchPatch;

namespace Briefing.Review;

/// <summary>A word diff, as `git diff --word-diff` shows one: diff-match-patch over words, each distinct word one character.</summary>
internal static partial class WordDiff
{
    public static ImmutableArray<WordPiece> Of(string before, string after)
    {
        // Each distinct word needs a character of its own below the surrogates: a text this long is shown replaced whole.
        if (before.Length + after.Length > MaxLength)
        {
            return [new WordPiece(Changes.Removed, before), new WordPiece(Changes.Added, after)];
        }

        var words = new OrderedDictionary<string, int>(StringComparer.Ordinal);
        var dmp = new diff_match_patch { Diff_Timeout = 1 };
        var diffs = dmp.diff_main(Encode(before, words), Encode(after, words), false);
        dmp.diff_cleanupSemantic(diffs);

        return
        [
            .. diffs.Select(diff => new WordPiece(
                diff.operation switch
                {
                    Operation.INSERT => Changes.Added,
                    Operation.DELETE => Changes.Removed,
                    _ => Changes.Same,
                },
                string.Concat(diff.text.Select(c => words.GetAt(c - FirstCode).Key)))),
        ];
    }

    // Past the control characters and below the surrogates (0xD800): a code per distinct word.
    private const int FirstCode = 0x100;
    private const int MaxLength = 50_000;

    private static string Encode(string text, OrderedDictionary<string, int> words)
    {
        var encoded = new StringBuilder();
        foreach (Match token in Token().Matches(text))
        {
            words.TryAdd(token.Value, 0, out var index);
            encoded.Append((char)(FirstCode + index));
        }

        return encoded.ToString();
    }

    // A word keeps its inner hyphens, apostrophes and digit separators: "co-operation", "don't", "1,352".
    [GeneratedRegex(@"\s+|[\p{L}\p{N}\p{M}]+(?:[-'’.,][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]")]
    private static partial Regex Token();
}
