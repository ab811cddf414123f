using System.Text;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Tests.Loading;

/// <summary>
/// Reads a text with both of <see cref="YamlReader"/>'s paths: the fast reader must give up, or give
/// the very tree (values, kinds and locations of every node) that YamlDotNet gives, without an error.
/// </summary>
internal static class YamlDifferential
{
    /// <summary>True when the fast reader read the text (and agreed with YamlDotNet); false when it gave up.</summary>
    public static bool Agrees(string text, int lineOffset = 0)
    {
        var fast = YamlReader.ReadFast(text, "f.yml", lineOffset);
        if (fast is null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var slow = YamlReader.ReadWithYamlDotNet(text, "f.yml", lineOffset, diagnostics);
        var errors = diagnostics.ToSortedArray();
        if (errors.Length > 0 || slow is null)
        {
            Assert.Fail($"The fast reader read a text that YamlDotNet refuses ({string.Join("; ", errors.Select(e => e.Message))}):\n{Show(text)}");
        }

        var difference = Difference(slow!, fast, "$");
        if (difference is not null)
        {
            Assert.Fail($"The fast reader differs from YamlDotNet at {difference}:\n{Show(text)}");
        }

        return true;
    }

    /// <summary>Where two trees differ, and how; null when they are the same.</summary>
    public static string? Difference(Node expected, Node actual, string path)
    {
        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {Describe(expected)} expected, {Describe(actual)} read";
        }

        if (expected.At != actual.At)
        {
            return $"{path}: at {expected.At.Line}:{expected.At.Column} expected, {actual.At.Line}:{actual.At.Column} read";
        }

        switch (expected, actual)
        {
            case (ScalarNode e, ScalarNode a):
                return e.Value == a.Value && e.Kind == a.Kind ? null : $"{path}: {Describe(e)} expected, {Describe(a)} read";

            case (SequenceNode e, SequenceNode a):
                if (e.Items.Length != a.Items.Length)
                {
                    return $"{path}: {e.Items.Length} items expected, {a.Items.Length} read";
                }

                for (var i = 0; i < e.Items.Length; i++)
                {
                    if (Difference(e.Items[i], a.Items[i], $"{path}[{i}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;

            case (MappingNode e, MappingNode a):
                if (e.Entries.Length != a.Entries.Length)
                {
                    return $"{path}: {e.Entries.Length} entries expected, {a.Entries.Length} read";
                }

                for (var i = 0; i < e.Entries.Length; i++)
                {
                    var at = $"{path}.{e.Entries[i].Key.Value}";
                    if ((Difference(e.Entries[i].Key, a.Entries[i].Key, at + " (key)") ?? Difference(e.Entries[i].Value, a.Entries[i].Value, at)) is { } found)
                    {
                        return found;
                    }
                }

                return null;

            default:
                return $"{path}: unexpected {Describe(expected)}";
        }
    }

    private static string Describe(Node node) => node switch
    {
        ScalarNode s => $"{s.Kind} scalar {Quote(s.Value)}",
        SequenceNode s => $"sequence of {s.Items.Length}",
        MappingNode m => $"mapping of {m.Entries.Length}",
        _ => node.GetType().Name,
    };

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\n' => "\\n",
                '\t' => "\\t",
                '"' => "\\\"",
                < ' ' or (>= '\u007F' and < '\u00A0') => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>The text with its lines numbered and its spaces visible, for a failure message.</summary>
    private static string Show(string text) =>
        string.Join("\n", text.Split('\n').Select((line, i) => $"{i + 1,3}| {line.Replace(' ', '·').Replace("\t", "→", StringComparison.Ordinal)}"));
}
