using System.Globalization;
using System.Text;
using Briefing.Anchoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Anchoring;

/// <summary>
/// <see cref="FoldedText"/> copies runs of plain ASCII and writes down only the characters whose
/// original span is not one-to-one; on any text it must give what folding character by character gives:
/// the same folded text and, for every folded character, the same original span.
/// </summary>
public sealed class FoldedTextProperties
{
    // What folding treats specially, mixed with plain text: white space of every kind, dashes, quotes,
    // removed characters, combining marks, composition exclusions, surrogate pairs and NFC's pairs.
    // (No lone surrogates: the loaders refuse them before any text is folded.)
    private static readonly string[] Pieces =
    [
        "a", "Talks", "x-y", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u2003", "-", "--", "\u2014", "\u2013\u2014", "- -",
        "\u201C", "\u201D", "\u2019", "'", "\"", "\u00AD", "\u200B", "\uFEFF", "e\u0301", "\u0301", "\u0958", "\u0958\u0301", "\u00E9",
        "\U0001F600", "\u1100\u1161", "A\u030A", "\u212B", "~", "\u007F", "\u0000", "\u0300", "\u05D0\u05B0",
    ];

    private static readonly Gen<string> Texts =
        from pieces in Gen.Elements(Pieces).ArrayOf()
        select string.Concat(pieces);

    [Property(MaxTest = 3000)]
    public Property Folding_maps_every_character_as_folding_one_by_one_does() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var expected = Reference(text);
            var folded = FoldedText.Of(text);

            Assert.Equal(expected.Text, folded.Text);
            for (var k = 0; k < expected.Text.Length; k++)
            {
                Assert.True(
                    (expected.Starts[k], expected.Ends[k]) == (folded.OriginalStart(k), folded.OriginalEnd(k)),
                    $"Folded character {k} of {Show(text)}: {expected.Starts[k]}..{expected.Ends[k]} expected, {folded.OriginalStart(k)}..{folded.OriginalEnd(k)} read.");
            }
        });

    [Fact]
    public void A_long_text_with_many_doubled_spaces_folds_in_one_pass()
    {
        // A doubled space every few characters and no doubled dash: the look-ups must not rescan.
        var text = string.Concat(Enumerable.Repeat("ab  ", 250_000));

        var folded = FoldedText.Of(text);

        Assert.Equal(string.Concat(Enumerable.Repeat("ab ", 250_000)).TrimEnd(' ') + " ", folded.Text);
        Assert.Equal(text.Length, folded.OriginalEnd(folded.Text.Length - 1));
    }

    private static string Show(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));

    /// <summary>Folding one character (or cluster) at a time, every span written down.</summary>
    private static (string Text, List<int> Starts, List<int> Ends) Reference(string text)
    {
        var chars = new StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var alreadyNormal = text.IsNormalized(NormalizationForm.FormC);
        var i = 0;
        while (i < text.Length)
        {
            var end = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1);
            while (end < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[end]) is UnicodeCategory.NonSpacingMark
                       or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                end++;
            }

            var cluster = text[i..end];
            foreach (var c in alreadyNormal || cluster.Length == 1 ? cluster : cluster.Normalize(NormalizationForm.FormC))
            {
                var folded = Fold(c);
                var previous = chars.Length > 0 ? chars[^1] : ' ';
                if (folded == '\0')
                {
                    continue;
                }

                if ((folded == ' ' && previous == ' ') || (folded == '-' && previous == '-' && IsDash(c)))
                {
                    if (chars.Length > 0)
                    {
                        ends[^1] = end;
                    }

                    continue;
                }

                chars.Append(folded);
                starts.Add(i);
                ends.Add(end);
            }

            i = end;
        }

        return (chars.ToString(), starts, ends);
    }

    private static char Fold(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => ' ',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        _ when IsDash(c) => '-',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };

    private static bool IsDash(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D';
}
