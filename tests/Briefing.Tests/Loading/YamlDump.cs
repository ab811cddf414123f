using System.Text;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Tests.Loading;

/// <summary>
/// What <see cref="YamlReader"/> makes of a text, on one line: the tree with every node's line and
/// column, plain scalars bare and others quoted (<c>1:1 {1:1 a: 1:4 "b", 2:1 c: 2:4 [2:5 d]}</c>), or
/// the diagnostics it reported.
/// </summary>
internal static class YamlDump
{
    public static string Read(string text, int lineOffset = 0)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read(text, "f.yml", lineOffset, diagnostics);
        var errors = diagnostics.ToSortedArray();
        if (errors.Length > 0)
        {
            return string.Join(" / ", errors.Select(e => $"{e.Code} {e.Line}:{e.Column} {e.Message}"));
        }

        return node is null ? "nothing" : Tree(node);
    }

    public static string Tree(Node node) => node switch
    {
        ScalarNode { Plain: true, Value: "" } s => $"{Where(s)} (empty)",
        ScalarNode { Plain: true } s => $"{Where(s)} {Escape(s.Value)}",
        ScalarNode s => $"{Where(s)} \"{Escape(s.Value).Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        SequenceNode s => $"{Where(s)} [{string.Join(", ", s.Items.Select(Tree))}]",
        MappingNode m => $"{Where(m)} {{{string.Join(", ", m.Entries.Select(e => Tree(e.Key) + ": " + Tree(e.Value)))}}}",
        _ => node.GetType().Name,
    };

    private static string Where(Node node) => $"{node.At.Line}:{node.At.Column}";

    private static string Escape(string value)
    {
        var escaped = new StringBuilder();
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\t' => "\\t",
                '\\' => "\\\\",
                < ' ' or (>= '\u007F' and < '\u00A0') => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
