using System.Globalization;

namespace Briefing.Csl.Output;

/// <summary>CSL text-case: applied word by word, skipping nocase, small caps, super- and subscript spans.</summary>
internal sealed class CaseTransform
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto",
        "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet", "about", "van", "von", "de", "d", "l",
    ];

    private enum State { Start, StartSentence, AfterWordEnd, AfterWordChar, AfterSentencePunctuation, BeforeLastWord }

    private enum TextCase { Other, Uppercase, Lowercase, CapitalizeAll, CapitalizeFirst, Sentence, Title }

    // Read into a kind once: every word of the text asks for it.
    private readonly TextCase _textCase;
    private State _state = State.Start;

    private CaseTransform(string textCase) => _textCase = textCase switch
    {
        "uppercase" => TextCase.Uppercase,
        "lowercase" => TextCase.Lowercase,
        "capitalize-all" => TextCase.CapitalizeAll,
        "capitalize-first" => TextCase.CapitalizeFirst,
        "sentence" => TextCase.Sentence,
        "title" => TextCase.Title,
        _ => TextCase.Other,
    };

    public static Inline Apply(string textCase, Inline inline) =>
        new CaseTransform(textCase).Transform(inline, 0);

    private Inline Transform(Inline node, int level)
    {
        switch (node.Kind)
        {
            case InlineKind.Text:
                var text = TransformText(node.Text);
                return ReferenceEquals(text, node.Text) ? node : Inline.Str(text);
            case InlineKind.Sequence:
                // The words after the last child with a word break form the last word.
                var lastBreak = level == 0 ? LastWithWordBreak(node.Children) : int.MaxValue;
                var children = new List<Inline>(node.Children.Length);
                for (var i = 0; i < node.Children.Length; i++)
                {
                    if (i > 0 && i > lastBreak && _state is State.AfterWordEnd or State.StartSentence or State.Start)
                    {
                        _state = State.BeforeLastWord;
                    }
                    children.Add(Transform(node.Children[i], level));
                }
                return Inline.Concat(children);
            case InlineKind.Quoted or InlineKind.Italic or InlineKind.NormalStyle or InlineKind.Bold
                or InlineKind.NormalWeight or InlineKind.Underline:
                return node.WithChildren([Transform(Inline.Concat(node.Children), level + 1)]);
            default:
                Scan(node.PlainText(), write: false);
                return node;
        }
    }

    private static int LastWithWordBreak(Inline[] children)
    {
        for (var i = children.Length - 1; i >= 0; i--)
        {
            foreach (var c in children[i].PlainText())
            {
                if (IsWordBreak(c))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private static bool IsWordBreak(char c) => c is '-' or '/' or '\u2013' or '\u2014' || char.IsWhiteSpace(c);

    /// <summary>The text with its words transformed; the same string when no word changes.</summary>
    private string TransformText(string text) => Scan(text, write: true) is { } cased ? new string(cased) : text;

    /// <summary>
    /// Walks the text chunk by chunk (a run of letters, of spaces or of punctuation), keeping the state; when writing,
    /// returns the text with its words cased, or null where no word changes (casing keeps each word's length).
    /// </summary>
    private char[]? Scan(ReadOnlySpan<char> text, bool write)
    {
        char[]? cased = null;
        Span<char> word = !write ? default : text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var start = 0;
        var previous = text.Length > 0 ? TypeOf(text[0]) : CharType.Other;
        for (var i = 1; i <= text.Length; i++)
        {
            var type = i < text.Length ? TypeOf(text[i]) : CharType.Other;
            var same = i < text.Length && type == previous && type != CharType.Other;
            previous = type;
            if (same)
            {
                continue;
            }
            var chunk = text[start..i];
            var before = _state;
            var last = chunk[^1];
            _state = last switch
            {
                '.' or '?' or '!' or ':' => State.AfterSentencePunctuation,
                _ when char.IsLetterOrDigit(last) => State.AfterWordChar,
                _ when char.IsWhiteSpace(last) && _state == State.AfterSentencePunctuation => State.StartSentence,
                _ when IsWordBreak(last) => State.AfterWordEnd,
                _ => _state,
            };
            var into = word[..(write ? chunk.Length : 0)];
            if (write && char.IsLetterOrDigit(chunk[0]) && Cased(before, chunk, into) && !into.SequenceEqual(chunk))
            {
                cased ??= text.ToArray();
                into.CopyTo(cased.AsSpan(start));
            }
            start = i;
        }
        return cased;
    }

    private enum CharType { Other, Word, Space, Punctuation }

    // Letters and digits, white space and punctuation are disjoint: a chunk is a run of one of them.
    private static CharType TypeOf(char c) =>
        char.IsAsciiLetterOrDigit(c) ? CharType.Word : c == ' ' ? CharType.Space : char.IsLetterOrDigit(c) ? CharType.Word : char.IsWhiteSpace(c) ? CharType.Space : char.IsPunctuation(c) ? CharType.Punctuation : CharType.Other;

    /// <summary>Writes the word as the text case makes it into <paramref name="into"/>; false where the case leaves it as it is.</summary>
    private bool Cased(State state, ReadOnlySpan<char> word, Span<char> into)
    {
        var atStart = state is State.Start or State.StartSentence;
        switch (_textCase)
        {
            case TextCase.Uppercase:
                word.ToUpperInvariant(into);
                return true;
            case TextCase.Lowercase:
                word.ToLowerInvariant(into);
                return true;
            case TextCase.CapitalizeAll when !IsMixed(word) && (atStart || state is State.AfterWordEnd or State.BeforeLastWord) && All(word, char.IsLower):
            case TextCase.CapitalizeFirst when !IsMixed(word) && state == State.Start && All(word, char.IsLower):
                word.CopyTo(into);
                into[0] = char.ToUpperInvariant(word[0]);
                return true;
            case TextCase.Sentence when IsCapitalized(word) && !atStart:
                word.ToLowerInvariant(into);
                return true;
            case TextCase.Sentence when atStart && (IsCapitalized(word) || All(word, char.IsLower)):
            case TextCase.Title when Title(state, word):
                into[0] = char.ToUpperInvariant(char.ToLowerInvariant(word[0]));
                word[1..].ToLowerInvariant(into[1..]);
                return true;
            default:
                return false;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether title case capitalizes the word (after lowering it).</summary>
    private static bool Title(State state, ReadOnlySpan<char> word) =>
        state switch
        {
            State.Start or State.StartSentence => true,
            State.AfterWordEnd or State.BeforeLastWord => word.Length > 1,
            _ => false,
        }
        && !IsMixed(word) && !All(word, char.IsUpper) && (state != State.AfterWordEnd || !StopWordSpans.Contains(word));

    private static bool All(ReadOnlySpan<char> word, Func<char, bool> test)
    {
        foreach (var c in word)
        {
            if (!test(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsMixed(ReadOnlySpan<char> word)
    {
        bool upper = false, lower = false;
        foreach (var c in word)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
            if (upper && lower)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> word) => char.IsUpper(word[0]) && All(word[1..], char.IsLower);
}
