using System.Globalization;
using System.Text;

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

    private readonly string _textCase;
    private State _state = State.Start;

    private CaseTransform(string textCase) => _textCase = textCase;

    public static Inline Apply(string textCase, Inline inline) =>
        new CaseTransform(textCase).Transform(inline, 0);

    private Inline Transform(Inline node, int level)
    {
        switch (node.Kind)
        {
            case InlineKind.Text:
                return Inline.Str(TransformText(node.Text));
            case InlineKind.Sequence:
                var children = new List<Inline>(node.Children.Count);
                for (var i = 0; i < node.Children.Count; i++)
                {
                    if (i > 0 && level == 0 && !node.Children.Skip(i).Any(HasWordBreak)
                        && _state is State.AfterWordEnd or State.StartSentence or State.Start)
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
                TransformText(node.PlainText());
                return node;
        }
    }

    private static bool HasWordBreak(Inline node) => node.PlainText().Any(IsWordBreak);

    private static bool IsWordBreak(char c) => c is '-' or '/' or '\u2013' or '\u2014' || char.IsWhiteSpace(c);

    private string TransformText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var chunk in Chunks(text))
        {
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
            builder.Append(chunk.All(char.IsLetterOrDigit) ? TransformWord(before, chunk) : chunk);
        }
        return builder.ToString();
    }

    private static IEnumerable<string> Chunks(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || !SameType(text[i - 1], text[i]))
            {
                yield return text[start..i];
                start = i;
            }
        }
    }

    private static bool SameType(char a, char b) =>
        (char.IsLetterOrDigit(a) && char.IsLetterOrDigit(b)) || (char.IsWhiteSpace(a) && char.IsWhiteSpace(b))
        || (char.IsPunctuation(a) && char.IsPunctuation(b));

    private string TransformWord(State state, string word)
    {
        var atStart = state is State.Start or State.StartSentence;
        return _textCase switch
        {
            "uppercase" => word.ToUpper(CultureInfo.InvariantCulture),
            "lowercase" => word.ToLower(CultureInfo.InvariantCulture),
            "capitalize-all" => !IsMixed(word) && (atStart || state is State.AfterWordEnd or State.BeforeLastWord)
                && word.All(char.IsLower) ? Capitalize(word) : word,
            "capitalize-first" => !IsMixed(word) && state == State.Start && word.All(char.IsLower) ? Capitalize(word) : word,
            "sentence" => Sentence(atStart, word),
            "title" => Title(state, word),
            _ => word,
        };
    }

    private static string Sentence(bool atStart, string word)
    {
        if (IsCapitalized(word) && !atStart)
        {
            return word.ToLower(CultureInfo.InvariantCulture);
        }
        return atStart && (IsCapitalized(word) || word.All(char.IsLower))
            ? Capitalize(word.ToLower(CultureInfo.InvariantCulture)) : word;
    }

    private static string Title(State state, string word)
    {
        if (IsMixed(word) || word.All(char.IsUpper))
        {
            return word;
        }
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        return state switch
        {
            State.Start or State.StartSentence => Capitalize(lower),
            State.AfterWordEnd when !StopWords.Contains(word) && word.Length > 1 => Capitalize(lower),
            State.BeforeLastWord when word.Length > 1 => Capitalize(lower),
            _ => word,
        };
    }

    private static bool IsMixed(string word) => word.Any(char.IsUpper) && word.Any(char.IsLower);

    private static bool IsCapitalized(string word) => char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
