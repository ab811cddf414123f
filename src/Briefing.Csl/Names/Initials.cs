using System.Text;

namespace Briefing.Csl.Names;

/// <summary>Turns given names into initials ("Jean-Luc" → "J.-L."), or tidies existing initials when not initializing.</summary>
internal static class Initials
{
    public static string Apply(string given, string with, bool initialize, bool hyphen)
    {
        var builder = new StringBuilder();
        var previousInitial = false;
        foreach (var (token, separator) in Tokens(given))
        {
            var isInitial = token.Length == 1 || (token.Length <= 2 && token.EndsWith('.'));
            var letter = token.TrimEnd('.');
            var asInitial = (initialize || isInitial) && letter.Length > 0 && char.IsUpper(letter[0]);
            if (builder.Length > 0)
            {
                if (separator == '-')
                {
                    TrimEnd(builder);
                    if (hyphen || !asInitial)
                    {
                        builder.Append('-');
                    }
                }
                else if (!previousInitial || !asInitial)
                {
                    TrimEnd(builder);
                    builder.Append(' ');
                }
            }
            builder.Append(asInitial ? letter[0] + with : token);
            previousInitial = asInitial;
        }
        return builder.ToString().TrimEnd();
    }

    private static void TrimEnd(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }
    }

    /// <summary>Words and hyphenated parts, with initials run together ("J.P.") split apart.</summary>
    private static IEnumerable<(string Token, char Separator)> Tokens(string given)
    {
        foreach (var word in given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-');
            for (var j = 0; j < parts.Length; j++)
            {
                var separator = j == 0 ? ' ' : '-';
                var pieces = parts[j].Contains('.', StringComparison.Ordinal) && parts[j].Length > 2
                    ? parts[j].Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => p + ".").ToArray()
                    : [parts[j]];
                foreach (var piece in pieces)
                {
                    yield return (piece, separator);
                    separator = ' ';
                }
            }
        }
    }
}
