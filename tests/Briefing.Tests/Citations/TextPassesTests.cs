using System.Collections.Immutable;
using System.Text;
using Briefing.Citations;
using Briefing.Content;
using Briefing.Html;
using Briefing.Loading;

namespace Briefing.Tests.Citations;

/// <summary>
/// The citation text passes that skip work (title case and quote marks change text in place or not
/// at all; a type list is searched, not split) give what the plain forms they replaced give: those
/// forms are kept here as the reference and run on thousands of generated strings.
/// </summary>
public sealed class TextPassesTests
{
    private const string Alphabet = "aAbBeEiIoOtTxXzZéÉßǅ0123456789     .:?!-/–—([{,;\"'“”‘’\u00A0\t";

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Title_case_gives_what_word_by_word_copying_gave(int seed)
    {
        foreach (var text in Texts(seed))
        {
            Assert.Equal(TitleCaseReference(text), TitleCase.Apply(text));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quote_marks_are_turned_as_by_copying_every_character(int seed)
    {
        foreach (var text in Texts(seed))
        {
            Assert.Equal(SmartenReference(text, insideQuotes: false), Typography.Smarten(text));
            Assert.Equal(SmartenReference(text, insideQuotes: true), Typography.Smarten(text, insideQuotes: true));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fragments_render_as_when_each_run_of_text_was_joined_first(int seed)
    {
        var random = new Random(seed);
        SpanKind[] kinds = [SpanKind.Text, SpanKind.Text, SpanKind.Text, SpanKind.Italic, SpanKind.Quoted, SpanKind.Link, SpanKind.LinkStart, SpanKind.LinkEnd];
        string[] texts = [".", ",", ". ", ", ", "?", "!", "ed.", "Who Wins?", "a & b", "<i>", "\"x\"", "it's", "https://example.org/?a=1&b=2", "javascript:alert(1)", "Title", " ", "..."];
        for (var n = 0; n < 1_000; n++)
        {
            var spans = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => kinds[random.Next(kinds.Length)])
                .Select(kind => new Span(kind, kind == SpanKind.LinkEnd ? "" : texts[random.Next(texts.Length)]))
                .ToImmutableArray();
            Assert.Equal(RenderReference(spans), FragmentHtml.Render(spans));
        }
    }

    [Fact]
    public void Text_with_nothing_to_change_is_returned_as_it_is()
    {
        const string title = "The Politics of the Bomb";
        Assert.Same(title, TitleCase.Apply(title));
        Assert.Same(title, Typography.Smarten(title));
        Assert.Same(title, Typography.Smarten(title, insideQuotes: true));
    }

    [Fact]
    public void A_type_is_in_a_list_only_as_a_whole_word()
    {
        string[] lists =
        [
            CslTypes.Legal + " article-journal " + CslTypes.ChapterLike, "article-journal", "article", "book graphic motion_picture report song",
            "chapter entry-dictionary entry-encyclopedia paper-conference", "entry", "paper", "journal article", "a", "",
        ];
        string[] types = [.. CslVocabulary.Types, "article", "entry", "journal", "paper", "conference", "a", "book graphic", "", "articl", "article-journa"];
        foreach (var list in lists)
        {
            foreach (var type in types)
            {
                var item = new CslItem { Id = "x", Type = type };
                var expected = list.Split(' ').Contains(type, StringComparer.Ordinal) && type.Length > 0;
                Assert.True(expected == CslTypes.Is(item, list), $"'{type}' in '{list}': expected {expected}");
            }
        }
    }

    private static IEnumerable<string> Texts(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 2_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 40);
            for (var i = 0; i < length; i++)
            {
                // Now and then a whole word, stop words included, so that title case meets them.
                if (random.Next(6) == 0)
                {
                    text.Append(Words[random.Next(Words.Length)]);
                }
                else if (random.Next(40) == 0)
                {
                    text.Append("\U0001D49C");
                }
                else
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }
            }

            yield return text.ToString();
        }
    }

    private static readonly string[] Words = ["of", "the", "and", "iPhone", "UN", "a", "d", "van", "über", "war", "korea", "nuclear", "l"];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of",
        "on", "onto", "or", "over", "so", "the", "till", "to", "up", "via", "with", "yet",
        "about", "van", "von", "de", "d", "l",
    };

    // The eighth session's TitleCase.Apply, word by word through substrings.
    private static string TitleCaseReference(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var state = 0; // 0 Start, 1 StartSentence, 2 AfterWordEnd, 3 AfterWordChar, 4 AfterSentenceEnd, 5 AfterOtherPunctuation
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                state = c switch
                {
                    '.' or '?' or '!' or ':' => 4,
                    _ when char.IsWhiteSpace(c) && state == 4 => 1,
                    _ when char.IsWhiteSpace(c) || c is '-' or '/' or '\u2013' or '\u2014' => 2,
                    '\u2018' or '\u201C' => state,
                    _ when state is 0 or 1 => state,
                    _ => 5,
                };
                result.Append(c);
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            var word = text[i..end];
            var capitalize = !word.Any(char.IsUpper) && word.Any(char.IsLower) && state switch
            {
                0 or 1 => true,
                2 => word.Length > 1 && !StopWords.Contains(word),
                _ => false,
            };
            result.Append(capitalize ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            state = 3;
            i = end;
        }

        return result.ToString();
    }

    // The ninth session's FragmentHtml.Render: each span escaped into a string of its own, and text
    // next to text joined into one span before the next span's punctuation is looked at.
    private static string RenderReference(ImmutableArray<Span> spans)
    {
        var result = new List<Span>();
        foreach (var span in spans)
        {
            if (span.Kind is SpanKind.LinkStart or SpanKind.LinkEnd)
            {
                result.Add(span);
                continue;
            }

            var text = span.Text;
            var before = result.FindLastIndex(s => s.Kind is not (SpanKind.LinkStart or SpanKind.LinkEnd));
            if (span.Kind == SpanKind.Text && before >= 0 && text.Length > 0 && text[0] is '.' or ',')
            {
                var previous = result[before];
                var last = previous.Text[^1];
                if (last is '?' or '!' || (last == '.' && text[0] == '.'))
                {
                    text = text[1..];
                }
                else if (previous.Kind == SpanKind.Quoted)
                {
                    result[before] = previous with { Text = previous.Text + text[0] };
                    text = text[1..];
                }
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (span.Kind == SpanKind.Text && result.Count > 0 && result[^1].Kind == SpanKind.Text)
            {
                result[^1] = result[^1] with { Text = result[^1].Text + text };
            }
            else
            {
                result.Add(span with { Text = text });
            }
        }

        var html = new StringBuilder();
        foreach (var span in result)
        {
            _ = span.Kind switch
            {
                SpanKind.Italic => html.Append("<i>").Append(HtmlText.Escape(span.Text)).Append("</i>"),
                SpanKind.Quoted => html.Append('\u201C').Append(HtmlText.Escape(span.Text)).Append('\u201D'),
                SpanKind.Link when HtmlText.IsSafeUrl(span.Text) && (span.Text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                    || span.Text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) =>
                    html.Append("<a href=\"").Append(HtmlText.Escape(span.Text)).Append("\">").Append(HtmlText.Escape(span.Text)).Append("</a>"),
                SpanKind.Link => html.Append(HtmlText.Escape(span.Text)),
                SpanKind.LinkStart => html.Append("<a href=\"").Append(HtmlText.Escape(span.Text)).Append("\">"),
                SpanKind.LinkEnd => html.Append("</a>"),
                _ => html.Append(HtmlText.Escape(span.Text)),
            };
        }

        return html.ToString();
    }

    // The eighth session's Typography.Smarten, every character copied.
    private static string SmartenReference(string text, bool insideQuotes)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var opening = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/';
            result.Append(text[i] switch
            {
                '"' when opening => insideQuotes ? '\u2018' : '\u201C',
                '"' => insideQuotes ? '\u2019' : '\u201D',
                '\u201C' when insideQuotes => '\u2018',
                '\u201D' when insideQuotes => '\u2019',
                '\'' when opening => '\u2018',
                '\'' => '\u2019',
                var other => other,
            });
        }

        return result.ToString();
    }
}
