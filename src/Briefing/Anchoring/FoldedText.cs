namespace Briefing.Anchoring;

/// <summary>
/// Text folded for TextQuoteSelector matching: NFC; a run of white space one space; typographic quotes straight; a run
/// of dashes one '-'; soft hyphens and zero-width characters gone. Each folded character maps back to its original span.
/// </summary>
/// <remarks>Only spans that are not one-to-one are written down, and printable ASCII is copied in runs (see AppendPlain).</remarks>
/// <param name="at">Folded indices of the spans that are not one-to-one, sorted; their originals in starts and ends.</param>
internal sealed class FoldedText(string text, int[] at, int[] starts, int[] ends)
{
    private const char FirstPlain = ' ';
    private const char LastPlain = '~';

    public string Text { get; } = text;

    /// <summary>Index in the original text of the first character behind folded character <paramref name="index"/>.</summary>
    public int OriginalStart(int index)
    {
        var found = Array.BinarySearch(at, index);
        if (found >= 0)
        {
            return starts[found];
        }

        var before = ~found - 1;
        return before < 0 ? index : ends[before] + (index - at[before] - 1);
    }

    /// <summary>Index in the original text just past the characters behind folded character <paramref name="index"/>.</summary>
    public int OriginalEnd(int index)
    {
        var found = Array.BinarySearch(at, index);
        return found >= 0 ? ends[found] : OriginalStart(index) + 1;
    }

    /// <summary>Folds a quote, prefix or suffix the way <see cref="Of"/> folds the article, trimmed.</summary>
    public static string Fold(string text) => Of(text).Text.Trim(' ');

    public static FoldedText Of(string text)
    {
        var folding = new Folding(text.Length);
        var alreadyNormal = Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC);
        var i = 0;
        while (i < text.Length)
        {
            var run = text.AsSpan(i).IndexOfAnyExceptInRange(FirstPlain, LastPlain);
            var runEnd = run < 0 ? text.Length : i + run;

            // A combining mark after the run belongs with the run's last character, in a cluster.
            if (runEnd < text.Length && runEnd > i && text[runEnd] >= '\u0300')
            {
                runEnd--;
            }

            if (runEnd > i)
            {
                folding.AppendPlain(text, i, runEnd);
                i = runEnd;
                continue;
            }

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

            i = clusterEnd;
        }

        return folding.ToFoldedText();
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
    private static bool IsCombining(char c)
    {
        return c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
    }

    /// <summary>The folded characters so far and the spans that are not one-to-one.</summary>
    private sealed class Folding(int capacity)
    {
        private char[] _chars = new char[Math.Max(capacity, 16)];
        private int[] _at = new int[16];
        private int[] _starts = new int[16];
        private int[] _ends = new int[16];
        private int _length;
        private int _written;

        private int _next;

        /// <summary>Appends text[start..end], all printable ASCII, each character standing for itself.</summary>
        /// <remarks>Kept by measure: folding character by character instead costs about 10% of a 4,000-briefing build.</remarks>
        public void AppendPlain(string text, int start, int end)
        {
            // The next "  " and "--", each looked up again only once passed (linear on any text).
            var (spaces, dashes) = (-1, -1);
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (c == ' ' && (_length == 0 || _chars[_length - 1] == ' '))
                {
                    if (_length > 0)
                    {
                        Widen(i + 1);
                    }

                    i++;
                    continue;
                }

                if (c == '-' && _length > 0 && _chars[_length - 1] == '-')
                {
                    Widen(i + 1);
                    i++;
                    continue;
                }

                spaces = spaces >= i ? spaces : Next(text, i, end, "  ");
                dashes = dashes >= i ? dashes : Next(text, i, end, "--");
                var copyEnd = Math.Min(Math.Min(spaces, dashes) + 1, end);
                Copy(text, i, copyEnd);
                i = copyEnd;
            }
        }

        private static int Next(string text, int start, int end, string pair)
        {
            var found = text.AsSpan(start, end - start).IndexOf(pair);
            return found < 0 ? int.MaxValue - 1 : start + found;
        }

        public void Append(char c, int start, int end)
        {
            var folded = Fold(c);
            if (folded == '\0')
            {
                return;
            }

            var previous = _length > 0 ? _chars[_length - 1] : ' ';
            if ((folded == ' ' && previous == ' ') || (folded == '-' && previous == '-' && IsDash(c)))
            {
                if (_length > 0)
                {
                    Widen(end);
                }

                return;
            }

            if (_length == _chars.Length)
            {
                // NFC expands a few characters (composition exclusions such as U+0958).
                Array.Resize(ref _chars, _chars.Length * 2);
            }

            if (start != _next || end != start + 1)
            {
                Write(_length, start, end);
            }

            _chars[_length++] = folded;
            _next = end;
        }

        public FoldedText ToFoldedText() =>
            new(new string(_chars, 0, _length), _at[.._written], _starts[.._written], _ends[.._written]);

        private void Copy(string text, int start, int end)
        {
            if (start != _next)
            {
                Write(_length, start, start + 1);
            }

            if (_length + (end - start) > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + (end - start)));
            }

            text.AsSpan(start, end - start).CopyTo(_chars.AsSpan(_length));
            _length += end - start;
            _next = end;
        }

        /// <summary>The last folded character also stands for the original characters up to <paramref name="end"/>.</summary>
        private void Widen(int end)
        {
            var last = _length - 1;
            if (_written > 0 && _at[_written - 1] == last)
            {
                _ends[_written - 1] = end;
            }
            else
            {
                Write(last, _next - 1, end);
            }

            _next = end;
        }

        private void Write(int at, int start, int end)
        {
            if (_written == _at.Length)
            {
                Array.Resize(ref _at, _written * 2);
                Array.Resize(ref _starts, _written * 2);
                Array.Resize(ref _ends, _written * 2);
            }

            _at[_written] = at;
            _starts[_written] = start;
            _ends[_written++] = end;
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
