using System.Globalization;
using System.Text;

namespace Briefing.Csl.Names;

/// <summary>
/// Given names as initials ("Jean-Luc" → "J.-L."); with initialize="false" only the existing initials take the
/// initialize-with punctuation. Lowercase words (particles) stay as they are.
/// </summary>
internal static class Initials
{
    public static string Apply(string given, bool initialize, bool hyphen, string with)
    {
        var builder = new StringBuilder();
        foreach (var (word, isInitial) in Words(given))
        {
            if (isInitial)
            {
                builder.Append(Suffixed(word, with));
            }
            else if (word.All(char.IsLower))
            {
                builder.Append(with.EndsWith(' ') ? word + " " : " " + word + " ");
            }
            else if (initialize)
            {
                builder.Append(Suffixed(ToInitial(word, hyphen), with));
            }
            else
            {
                builder.Append(word).Append(' ');
            }
        }
        return builder.ToString().Replace(" -", "-", StringComparison.Ordinal).Trim(' ');
    }

    private static string Suffixed(string text, string with) => text.Length == 0 ? "" : text + with;

    private static string ToInitial(string word, bool hyphen)
    {
        if (word.StartsWith('-'))
        {
            return word.Length > 1 && char.IsUpper(word[1])
                ? (hyphen ? "-" : "") + char.ToUpper(word[1], CultureInfo.InvariantCulture)
                : "";
        }
        if (!char.IsUpper(word[0]))
        {
            return word;
        }
        return word.Length > 2 && char.IsUpper(word[1]) && word[2..].All(char.IsLower)
            ? word[0] + char.ToLower(word[1], CultureInfo.InvariantCulture).ToString()
            : word[0].ToString();
    }

    /// <summary>Words of a given name: a period or a single letter marks an initial; a hyphen starts a new word.</summary>
    private static List<(string Word, bool IsInitial)> Words(string given)
    {
        var words = new List<(string, bool)>();
        var current = new StringBuilder();
        foreach (var c in given)
        {
            switch (c)
            {
                case '.':
                    if (current.Length > 0)
                    {
                        words.Add((current.ToString(), true));
                    }
                    current.Clear();
                    break;
                case '-':
                    if (current.Length > 0)
                    {
                        words.Add((current.ToString(), false));
                    }
                    current.Clear().Append('-');
                    break;
                case ' ':
                    Flush(words, current);
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }
        Flush(words, current);
        return words;
    }

    private static void Flush(List<(string, bool)> words, StringBuilder current)
    {
        if (current.Length == 1)
        {
            words.Add((current.ToString(), true));
        }
        else if (current.Length > 1)
        {
            words.Add((current.ToString(), false));
        }
        current.Clear();
    }
}
