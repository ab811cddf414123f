using System.Globalization;
using System.Text;

namespace Briefing.Anchoring;

/// <summary>
/// Text folded for TextQuoteSelector matching: Unicode NFC; runs of white space (non-breaking spaces
/// included) become one space; typographic quotes become straight ones; dashes become '-', a run of
/// them one '-'; soft hyphens and zero-width characters vanish. Each folded character remembers the
/// original characters it came from, so a match maps back exactly.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private FoldedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Text { get; }

    /// <summary>Index in the original text of the first character behind folded character <paramref name="index"/>.</summary>
    public int OriginalStart(int index) => _starts[index];

    /// <summary>Index in the original text just past the characters behind folded character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _ends[index];

    /// <summary>Folds a quote, prefix or suffix the way <see cref="Of"/> folds the article, trimmed.</summary>
    public static string Fold(string text) => Of(text).Text.Trim(' ');

    public static FoldedText Of(string text)
    {
        // Folding mostly shortens text: one slot per character, grown in the rare case NFC lengthens it.
        var folding = new Folding(text.Length + 8);
        var alreadyNormal = System.Text.Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC);
        var chars = folding.Chars;
        var starts = folding.Starts;
        var ends = folding.Ends;
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            // The common case, one character on its own (nothing below U+0300 combines or is a
            // surrogate), folded here with the state in locals; Folding.Append does the rest.
            var c = text[i];
            if (c < '\u0300' && (i + 1 == text.Length || text[i + 1] < '\u0300') && length < chars.Length)
            {
                var folded = c < 0x80 ? (c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' ? ' ' : c) : Fold(c);
                var previous = length > 0 ? chars[length - 1] : ' ';
                if (folded == '\0')
                {
                }
                else if ((folded == ' ' && previous == ' ') || (folded == '-' && previous == '-' && IsDash(c)))
                {
                    if (length > 0)
                    {
                        ends[length - 1] = i + 1;
                    }
                }
                else
                {
                    starts[length] = i;
                    ends[length] = i + 1;
                    chars[length++] = folded;
                }

                i++;
                continue;
            }

            folding.Length = length;
            var clusterEnd = ClusterEnd(text, i);
            if (alreadyNormal || clusterEnd - i == 1)
            {
                for (var k = i; k < clusterEnd; k++)
                {
                    folding.Append(text[k], i, clusterEnd);
                }
            }
            else
            {
                foreach (var n in text[i..clusterEnd].Normalize(NormalizationForm.FormC))
                {
                    folding.Append(n, i, clusterEnd);
                }
            }

            (chars, starts, ends, length) = (folding.Chars, folding.Starts, folding.Ends, folding.Length);
            i = clusterEnd;
        }

        return new FoldedText(new string(chars, 0, length), starts, ends);
    }

    /// <summary>A base character (or surrogate pair) and the combining marks that follow it.</summary>
    private static int ClusterEnd(string text, int start)
    {
        var end = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1);
        while (end < text.Length && IsCombining(text[end]))
        {
            end++;
        }

        return end;
    }

    // No character below U+0300 is a combining mark: most text never asks for its category.
    private static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    /// <summary>The folded characters so far and, for each, the original characters behind it.</summary>
    private struct Folding(int capacity)
    {
        public char[] Chars = new char[capacity];
        public int[] Starts = new int[capacity];
        public int[] Ends = new int[capacity];
        public int Length;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Append(char c, int start, int end)
        {
            var folded = Fold(c);
            if (folded == '\0')
            {
                return;
            }

            var previous = Length > 0 ? Chars[Length - 1] : ' ';
            if ((folded == ' ' && previous == ' ') || (folded == '-' && previous == '-' && IsDash(c)))
            {
                // The run continues: widen the previous character's reach instead of adding another.
                if (Length > 0)
                {
                    Ends[Length - 1] = end;
                }

                return;
            }

            if (Length == Chars.Length)
            {
                // NFC expands a few characters (composition exclusions such as U+0958).
                Array.Resize(ref Chars, Chars.Length * 2);
                Array.Resize(ref Starts, Starts.Length * 2);
                Array.Resize(ref Ends, Ends.Length * 2);
            }

            Starts[Length] = start;
            Ends[Length] = end;
            Chars[Length++] = folded;
        }
    }

    private static char Fold(char c) => c < 0x80 ? (c == '-' ? '-' : c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' ? ' ' : c) : c switch
    {
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
