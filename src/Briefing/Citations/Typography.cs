using System.Buffers;
using System.Text;

namespace Briefing.Citations;

/// <summary>
/// Curly quotes and apostrophes for text from the bibliography, as Pandoc's smart extension
/// produces them when it reads CSL-YAML. Inside a quoted title, double quotes become single.
/// </summary>
internal static class Typography
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"'");
    private static readonly SearchValues<char> MarksInsideQuotes = SearchValues.Create("\"'\u201C\u201D");

    public static string? Smarten(string? text, bool insideQuotes = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        // Most text has no quote marks to turn: it is returned as it is, not copied.
        var first = text.AsSpan().IndexOfAny(insideQuotes ? MarksInsideQuotes : Marks);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var opening = i == 0 || IsOpeningContext(text[i - 1]);
            var c = text[i] switch
            {
                '"' when opening => insideQuotes ? '\u2018' : '\u201C',
                '"' => insideQuotes ? '\u2019' : '\u201D',
                '\u201C' when insideQuotes => '\u2018',
                '\u201D' when insideQuotes => '\u2019',
                '\'' when opening => '\u2018',
                '\'' => '\u2019',
                var other => other,
            };
            result.Append(c);
        }

        return result.ToString();
    }

    private static bool IsOpeningContext(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/';
}
