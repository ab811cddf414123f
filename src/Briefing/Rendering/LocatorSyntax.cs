namespace Briefing.Rendering;

/// <summary>
/// Splits what follows a citation key into a locator and a suffix the way Pandoc's citeproc does:
/// ", chap. 2 and passim" is chapter 2 plus " and passim"; ", 33-35, 40" is pages 33-35, 40;
/// ", esp. 4" has no locator at all, only a suffix.
/// </summary>
internal static class LocatorSyntax
{
    public static (Locator? Locator, string Suffix) Split(string rest)
    {
        var position = 0;
        if (position < rest.Length && rest[position] == ',')
        {
            position++;
        }

        position = SkipSpaces(rest, position);
        var label = "page";
        var explicitLabel = LocatorTerms.TryMatch(rest.AsSpan(position), out var matched, out var labelLength);
        if (explicitLabel)
        {
            label = matched;
            position = SkipSpaces(rest, position + labelLength);
        }

        var end = ReadWord(rest, position, out var word);
        if (!IsLocatorWord(word, explicitLabel))
        {
            return (null, rest);
        }

        var value = new StringBuilder(word);
        while (true)
        {
            var next = end;
            var comma = next < rest.Length && rest[next] == ',';
            if (comma)
            {
                next++;
            }

            var afterSpaces = SkipSpaces(rest, next);
            if (!comma && afterSpaces == next)
            {
                break;
            }

            var wordEnd = ReadWord(rest, afterSpaces, out word);
            if (!IsLocatorWord(word, explicitLabel))
            {
                break;
            }

            value.Append(comma ? ", " : " ").Append(word);
            end = wordEnd;
        }

        return (new Locator(label, value.ToString()), rest[end..]);
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int ReadWord(string text, int start, out string word)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text, end))
        {
            end++;
        }

        word = text[start..end];
        return end;
    }

    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (char.IsLetterOrDigit(c) || c is '-' or '\u2013' or ':' or '/' or '(' or ')')
        {
            return true;
        }

        // "4.2" is one locator; the period in "4." ends the sentence.
        return c == '.' && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
    }

    /// <summary>Without a label only a number is a (page) locator; after a label roman numerals count too.</summary>
    private static bool IsLocatorWord(string word, bool explicitLabel)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            return true;
        }

        return explicitLabel && word.Split('-', '\u2013').All(IsRoman);
    }

    private static bool IsRoman(string part) =>
        part.Length > 0 && part.All(c => "ivxlcdmIVXLCDM".Contains(c, StringComparison.Ordinal));
}
