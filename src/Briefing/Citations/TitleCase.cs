namespace Briefing.Citations;

/// <summary>
/// CSL text-case="title" as the citeproc in Pandoc 2.17 applies it: capitalize each lowercase word
/// except stop words in mid-sentence, and leave words with any capital (iPhone, UN) alone. The
/// first word and the word after ". : ? !" are always capitalized; a closing stop word is not
/// ("What It Is Made of"). Briefing records no language, so every title is treated as English.
/// </summary>
internal static class TitleCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of",
        "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
        "about", "van", "von", "de", "d", "l",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum State
    {
        Start,
        StartSentence,
        AfterWordEnd,
        AfterWordChar,
        AfterSentenceEnd,
        AfterOtherPunctuation,
    }

    public static string? Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        // Only a word's first letter ever changes: the text is copied once, at the first such word.
        char[]? changed = null;
        var state = State.Start;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                state = Next(state, text[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (Capitalizes(text.AsSpan(i, end - i), state))
            {
                changed ??= text.ToCharArray();
                changed[i] = char.ToUpperInvariant(text[i]);
            }

            state = State.AfterWordChar;
            i = end;
        }

        return changed is null ? text : new string(changed);
    }

    private static bool Capitalizes(ReadOnlySpan<char> word, State state)
    {
        var lower = false;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower && state switch
        {
            State.Start or State.StartSentence => true,
            State.AfterWordEnd => word.Length > 1 && !StopWordLookup.Contains(word),
            _ => false,
        };
    }

    private static State Next(State state, char c) => c switch
    {
        '.' or '?' or '!' or ':' => State.AfterSentenceEnd,
        _ when char.IsWhiteSpace(c) && state == State.AfterSentenceEnd => State.StartSentence,
        _ when char.IsWhiteSpace(c) || c is '-' or '/' or '\u2013' or '\u2014' => State.AfterWordEnd,
        // Pandoc reads a quotation as its own element, so its opening mark changes nothing.
        '\u2018' or '\u201C' => state,
        _ when state is State.Start or State.StartSentence => state,
        _ => State.AfterOtherPunctuation,
    };
}
