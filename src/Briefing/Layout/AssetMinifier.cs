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

                var next = i < text.Length ? text[i] : '}';
                var previous = output.Length > 0 ? output[^1] : '{';
                if (!CssTight.Contains(previous, StringComparison.Ordinal) && !CssTight.Contains(next, StringComparison.Ordinal) && !(next == '/' && i + 1 < text.Length && text[i + 1] == '*'))
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

    /// <summary>Drops whole-line comments, indentation and blank lines; keeps every line break, so semicolon insertion is unchanged.</summary>
    public static string? Script(string text)
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
}
