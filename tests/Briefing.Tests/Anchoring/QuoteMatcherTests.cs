using Briefing.Anchoring;

namespace Briefing.Tests.Anchoring;

/// <summary>A quote is found at every place it starts, overlapping ones included, in order.</summary>
public sealed class QuoteMatcherTests
{
    [Theory]
    [InlineData("aaaa", "aa", new[] { 0, 1, 2 })]
    [InlineData("abab", "a", new[] { 0, 2 })]
    [InlineData("North Korea and South Korea", "Korea", new[] { 6, 22 })]
    [InlineData("ab", "abc", new int[0])]
    [InlineData("", "a", new int[0])]
    [InlineData("the tee", "te", new[] { 4 })]
    public void Overlapping_and_edge_occurrences(string text, string quote, int[] expected)
    {
        Assert.Equal(expected, QuoteMatcher.Occurrences(text, quote));
    }
}
