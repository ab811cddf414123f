using System.Text;

namespace Briefing.Layout;

/// <summary>
/// Conservative size reduction for theme stylesheets and scripts: comments and layout white space go,
/// strings stay byte for byte. Anything it cannot be sure of (a script with template literals) it
/// leaves as written.
/// </summary>
internal static class AssetMinifier
{
    public static byte[] Minify(string name, byte[] content)
    {
        var extension = Path.GetExtension(name);
        if (!extension.Equals(".css", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".js", StringComparison.OrdinalIgnoreCase))
        {
            return content;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return content;
        }

        var minified = extension.Equals(".css", StringComparison.OrdinalIgnoreCase) ? Css(text) : Script(text);
        return minified is null ? content : Encoding.UTF8.GetBytes(minified);
    }

    private const string CssTight = "{};,>";

    public static string Css(string text)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = i + 1;
                while (end < text.Length && text[end] != c)
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                end = Math.Min(end + 1, text.Length);
                output.Append(text, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                // No space after a colon ("color: red", "(min-width: 1200px)"; a selector never has one
                // there, and a custom property's value is trimmed) or before "!important"; a space
                // before a colon stays: "a :hover" is not "a:hover".
                var next = i < text.Length ? text[i] : '}';
                var previous = output.Length > 0 ? output[^1] : '{';
                if (!CssTight.Contains(previous, StringComparison.Ordinal) && previous != ':'
                    && !CssTight.Contains(next, StringComparison.Ordinal) && next != '!'
                    && !(next == '/' && i + 1 < text.Length && text[i + 1] == '*'))
                {
                    output.Append(' ');
                }
            }
            else if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output[^1] = '}';
                i++;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString().Trim();
    }

    /// <summary>
    /// Drops comments and the white space between tokens that no token needs, with
    /// <see cref="ScriptTokens"/>; where that cannot be sure of a slash (a regular expression or a
    /// division after ")", "}", "++" or "--") it falls back to <see cref="ScriptLines"/>.
    /// </summary>
    public static string? Script(string text) =>
        text.Contains('`', StringComparison.Ordinal) ? null : ScriptTokens(text) ?? ScriptLines(text);

    /// <summary>Drops whole-line comments, indentation and blank lines; keeps every line break, so semicolon insertion is unchanged.</summary>
    public static string? ScriptLines(string text)
    {
        if (text.Contains('`', StringComparison.Ordinal))
        {
            return null;
        }

        var lines = text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal));
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>
    /// Reads the script as tokens (strings and regular expressions copied byte for byte) and writes
    /// them with a space only where two tokens would otherwise run together ("var a", "a - -b",
    /// "1 .5"), and a line break wherever the source had one between tokens, except after "{", "(",
    /// "[", ";" and "," and before "}", where a line break can never end a statement: semicolon
    /// insertion and the rules for "return", "++" and the like are unchanged. Null when a slash is
    /// ambiguous or a literal does not close.
    /// </summary>
    public static string? ScriptTokens(string text)
    {
        var output = new StringBuilder(text.Length);
        var space = Gap.None;
        var afterRegex = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                space = Wider(space, text.AsSpan(i, end - i).IndexOfAny("\n\r\u2028\u2029") >= 0 ? Gap.Line : Gap.Space);
                i = end + 2;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                space = Wider(space, c is '\n' or '\r' or '\u2028' or '\u2029' ? Gap.Line : Gap.Space);
                i++;
                continue;
            }

            int length;
            var regex = false;
            if (c is '"' or '\'')
            {
                length = StringLength(text, i);
            }
            else if (c == '/' && RegexMayStart(output))
            {
                length = RegexLength(text, i);
                regex = true;
            }
            else if (c == '/' && DivisionIsAmbiguous(output))
            {
                return null;
            }
            else if (IsWordChar(c))
            {
                length = 1;
                while (i + length < text.Length && IsWordChar(text[i + length]))
                {
                    length++;
                }
            }
            else
            {
                length = 1;
            }

            if (length <= 0)
            {
                return null;
            }

            Separate(output, space, c, afterRegex);
            output.Append(text, i, length);
            afterRegex = regex;
            space = Gap.None;
            i += length;
        }

        return output.Append('\n').ToString();
    }

    private enum Gap
    {
        None,
        Space,
        Line,
    }

    private static Gap Wider(Gap a, Gap b) => a > b ? a : b;

    private static void Separate(StringBuilder output, Gap space, char next, bool afterRegex)
    {
        if (space == Gap.None || output.Length == 0)
        {
            return;
        }

        var previous = output[^1];
        if (space == Gap.Line && previous is not ('{' or '(' or '[' or ';' or ',') && next != '}')
        {
            output.Append('\n');
        }
        else if ((IsWordChar(previous) && IsWordChar(next))
            || (previous == next && previous is '+' or '-' or '/')
            || (previous == '/' && next == '*')
            || (afterRegex && IsWordChar(next)) // "/re/ in x" must not read as flags
            || (previous == '<' && next == '!')
            || (previous == '-' && next == '>')
            || (char.IsAsciiDigit(previous) && next == '.'))
        {
            output.Append(' ');
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '\\' || c > 127;

    private static int StringLength(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] is '\n' or '\r')
            {
                return -1;
            }

            i += text[i] == '\\' ? 2 : 1;
        }

        return i < text.Length ? i + 1 - start : -1;
    }

    private static int RegexLength(string text, int start)
    {
        var i = start + 1;
        var inClass = false;
        while (i < text.Length && (text[i] != '/' || inClass))
        {
            switch (text[i])
            {
                case '\n' or '\r':
                    return -1;
                case '\\':
                    i++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case ']':
                    inClass = false;
                    break;
            }

            i++;
        }

        if (i >= text.Length)
        {
            return -1;
        }

        i++;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static readonly string[] RegexAfterWords =
        ["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await"];

    /// <summary>A slash starts a regular expression where an expression may start: after an operator, or at the start.</summary>
    private static bool RegexMayStart(StringBuilder output)
    {
        if (output.Length == 0)
        {
            return true;
        }

        var previous = output[^1];
        if (previous is '(' or ',' or '=' or ':' or '[' or '!' or '&' or '|' or '?' or '{' or ';' or '*' or '%' or '<' or '>' or '~' or '^')
        {
            return true;
        }

        if (previous is '+' or '-')
        {
            return output.Length < 2 || output[^2] != previous; // "a++ / b" divides; ambiguity is decided below
        }

        var end = output.Length;
        var start = end;
        while (start > 0 && IsWordChar(output[start - 1]))
        {
            start--;
        }

        var word = output.ToString(start, end - start);
        return RegexAfterWords.Contains(word, StringComparer.Ordinal);
    }

    /// <summary>After ")", "}", "++" or "--" a slash may divide or start a regular expression: the tokens cannot tell.</summary>
    private static bool DivisionIsAmbiguous(StringBuilder output) =>
        output.Length > 0 && (output[^1] is ')' or '}' || (output.Length > 1 && output[^1] is '+' or '-' && output[^2] == output[^1]));
}
