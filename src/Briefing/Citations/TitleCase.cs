using System.Text;

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

        var result = new StringBuilder(text.Length);
        var state = State.Start;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                state = Next(state, text[i]);
                result.Append(text[i]);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            result.Append(Word(text[i..end], state));
            state = State.AfterWordChar;
            i = end;
        }

        return result.ToString();
    }

    private static string Word(string word, State state)
    {
        if (word.Any(char.IsUpper) || !word.Any(char.IsLower))
        {
            return word;
        }

        var capitalize = state switch
        {
            State.Start or State.StartSentence => true,
            State.AfterWordEnd => word.Length > 1 && !StopWords.Contains(word),
            _ => false,
        };
        return capitalize ? char.ToUpperInvariant(word[0]) + word[1..] : word;
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
