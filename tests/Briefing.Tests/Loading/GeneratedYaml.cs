using FsCheck;
using FsCheck.Fluent;

namespace Briefing.Tests.Loading;

/// <summary>
/// Generators of YAML documents shaped like content files: mappings, lists of mappings, indentless
/// lists, plain, quoted and block scalars (with blank, more-indented and trailing-space lines), flow
/// lists, comments and blank lines. <see cref="Clean"/> writes them as an editor would; <see cref="Tricky"/>
/// mixes in what YAML reads specially (quotes, colons, hashes, escapes, indicators, tabs, odd spacing and
/// indentation); <see cref="Edited"/> then inserts or deletes characters and doubles, drops or shifts lines.
/// </summary>
internal sealed class GeneratedYaml
{
    private static readonly string[] Words =
    [
        "a", "North Korea", "China", "Six-Party Talks", "true", "null", "~", "2008-06-18", "12", "-1", "-x", "1.5", "é", "中国",
        "😀", "x:y", "x#y", "it's", "x,y", "a-b", "\\", "[@src-0186]", "https://x.org/a#b", "\u00A0", "x?", "(2006)", "“q”",
    ];

    private static readonly string[] TrickyWords =
    [
        "a: b", "a:", "x #y", "#y", "''", "'", "\"q\"", "\"", "\\n", "\\\"", "\\u00e9", "\\x41", "\\U0001F600", "\\q", "\\ ", "- x",
        "?x", "? x", ":x", "&a", "*a", "!t", "|", ">", "%x", "@x", "`x`", "---", "...", "\t", "x: ", " #", "\\\"\"", "[x]", "{x}",
    ];

    private static readonly string[] Keys =
        ["id", "quote", "prefix", "suffix", "note", "title", "a", "b-c", "x.y", "_k", "1", "é", "URL", "title-short"];

    private static readonly string[] TrickyKeys = ["k k", "'q'", "\"q\"", "-k", "k ", "k#", "? k", "&a k", "*a", "!t k", "k\t", "😀"];

    /// <summary>Documents as an editor writes them, in the layouts content files use.</summary>
    public static Gen<string> Clean { get; } = new GeneratedYaml(slips: 0).Document;

    /// <summary>Documents with YAML's special characters and odd layouts mixed in.</summary>
    public static Gen<string> Tricky { get; } = new GeneratedYaml(slips: 1).Document;

    /// <summary>Clean or tricky documents with up to three editing slips.</summary>
    public static Gen<string> Edited { get; } =
        from document in Gen.OneOf(Clean, Tricky)
        from edits in (from kind in Gen.Choose(0, 4)
                       from at in Gen.Choose(0, 10_000)
                       from other in Gen.Choose(0, 10_000)
                       select (kind, at, other)).ArrayOf()
        select edits.Take(3).Aggregate(document, Edit);

    private readonly int _slips;
    private readonly Gen<string> _text;
    private readonly Gen<string> _comment;
    private readonly Gen<string> _trail;
    private readonly Gen<string> _quoted;
    private readonly Gen<string> _inline;

    private GeneratedYaml(int slips)
    {
        _slips = slips;
        _text =
            from count in Gen.Choose(1, 4)
            from words in Frequency((8, Gen.Elements(Words)), (slips, Gen.Elements(TrickyWords))).ArrayOf(count)
            from spaces in Gen.Elements(" ", " ", " ", "  ").ArrayOf(count)
            select string.Concat(words.Select((w, i) => i == 0 ? w : spaces[i] + w));
        _comment = Frequency(
            (12, Gen.Constant("")),
            (2, Gen.Elements(" # c", "  #c: d", " #")),
            (slips, Gen.Elements("#c", "\t# c")));
        _trail = Frequency((12, Gen.Constant("")), (2, Gen.Elements(" ", "   ")), (slips, Gen.Constant("\t")));
        _quoted = Frequency(
            (3, _text.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'")),
            (3, _text.Select(t => "\"" + t.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")),
            (1, _text.Select(t => "\"" + t.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")),
            (slips, _text.Select(t => "'" + t + "'")),
            (slips, _text.Select(t => "\"" + t + "\"")));
        var flowItem = Frequency(
            (4, Gen.Elements("China", "North Korea", "Nuclear weapons", "2008", "6", "x  y", "é 😀", "x-y")),
            (slips, _text),
            (2, _quoted));
        var flow =
            from count in Gen.Choose(0, 4)
            from items in flowItem.ArrayOf(count)
            from separator in Gen.Elements(", ", ", ", ",", " , ", ",  ")
            from inside in Gen.Elements("", "", " ")
            select "[" + inside + string.Join(separator, items) + inside + "]";
        _inline = Gen.Frequency((5, _text), (4, _quoted), (2, flow));
    }

    private Gen<string> Document =>
        from start in Frequency((12, Gen.Constant("")), (2, Gen.Elements("---\n", "--- # c\n", "# c\n---\n")), (_slips, Gen.Constant("---x\n")))
        from root in Gen.Frequency((6, Mapping(0, 0)), (1, Sequence(0, 0)))
        from insertions in (from at in Gen.Choose(0, 1000)
                            from line in Gen.Elements("", "  ", "# c", "   # c", "      ", "#")
                            select (at, line)).ArrayOf().Select(i => i.Take(3).ToArray())
        from end in Gen.Elements("\n", "\n", "", "\n\n", "\n  \n")
        select start + string.Join("\n", Insert(root, insertions)) + end;

    private static string Pad(int count) => new(' ', count);

    /// <summary>Gen.Frequency without the choices of weight 0 (slips in clean documents, or recursion too deep).</summary>
    private static Gen<T> Frequency<T>(params (int Weight, Gen<T> Gen)[] choices) => Gen.Frequency(choices.Where(c => c.Weight > 0).ToArray());

    /// <summary>A block scalar's header and lines, in a collection at column <paramref name="indent"/>.</summary>
    private Gen<(string Head, string[] Lines)> BlockScalar(int indent) =>
        from indicator in Gen.Elements("|", ">")
        from chomping in Gen.Elements("", "-", "+", "", "-")
        from comment in Frequency((12, Gen.Constant("")), (2, Gen.Constant(" # c")), (_slips, Gen.Elements("2", "#c", " x")))
        from extra in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 3)))
        from count in Gen.Choose(0, 6)
        from lines in Frequency(
            (6, from text in _text
                from more in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
                from trail in _trail
                select Pad(indent + extra + more) + text + trail),
            (3, Gen.Elements("", " ", Pad(indent + extra), Pad(indent + extra + 2))),
            (1, Gen.Constant(Pad(indent + extra) + "# not a comment")),
            (_slips, Frequency((4, Gen.Constant(Pad(indent) + "x")), (1, Gen.Elements("...", "---"))))).ArrayOf(count)
        select (indicator + chomping + comment, lines);

    /// <summary>What follows "key:" on its line, and the lines below, for a key at column <paramref name="indent"/>.</summary>
    private Gen<(string Head, string[] Lines)> Value(int indent, int depth) => Frequency(
        (6, from value in _inline
            from comment in _comment
            from trail in _trail
            from gap in Frequency((4, Gen.Elements(" ", "  ")), (_slips, Gen.Constant("")))
            select (gap + value + comment + trail, Array.Empty<string>())),
        (3, from block in BlockScalar(indent) from gap in Gen.Elements(" ", " ", "  ") select (gap + block.Head, block.Lines)),
        (depth < 3 ? 2 : 0, from extra in Gen.Choose(1, 4)
                            from comment in _comment
                            from lines in Mapping(indent + extra, depth + 1)
                            select (comment, lines)),
        (depth < 3 ? 2 : 0, from extra in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
                            from lines in Sequence(indent + extra, depth + 1)
                            select ("", lines)),
        (1, from comment in _comment select (comment, Array.Empty<string>())));

    private Gen<string[]> Mapping(int indent, int depth) =>
        from count in Gen.Choose(1, 4)
        from entries in (from key in Frequency((20, Gen.Elements(Keys)), (_slips, Gen.Elements(TrickyKeys)))
                         from value in Value(indent, depth)
                         select new[] { Pad(indent) + key + ":" + value.Head }.Concat(value.Lines)).ArrayOf(count)
        select entries.SelectMany(lines => lines).ToArray();

    private Gen<string[]> Sequence(int indent, int depth) =>
        from count in Gen.Choose(1, 4)
        from items in Item(indent, depth).ArrayOf(count)
        select items.SelectMany(lines => lines).ToArray();

    private Gen<string[]> Item(int indent, int depth) => Frequency(
        (4, from value in _inline
            from comment in _comment
            select new[] { Pad(indent) + "- " + value + comment }),
        (depth < 3 ? 4 : 1, from gap in Gen.Elements(" ", " ", " ", "   ")
                            from lines in Mapping(indent + 1 + gap.Length, depth + 1)
                            select new[] { Pad(indent) + "-" + gap + lines[0].TrimStart(' ') }.Concat(lines.Skip(1)).ToArray()),
        (2, from block in BlockScalar(indent) select new[] { Pad(indent) + "- " + block.Head }.Concat(block.Lines).ToArray()),
        (depth < 2 ? _slips : 0, Gen.Elements(new[] { Pad(indent) + "-" }, new[] { Pad(indent) + "- - x" }, new[] { Pad(indent) + "-x" })));

    private static List<string> Insert(string[] lines, (int At, string Line)[] insertions)
    {
        var result = lines.ToList();
        foreach (var (at, line) in insertions)
        {
            result.Insert(at % (result.Count + 1), line);
        }

        return result;
    }

    private static readonly string[] Fragments = [":", " ", "  ", "\"", "'", "#", " #", "- ", "\n", "\n  ", "|", ">", "[", "]", ",", "\\", "\t", "é"];

    private static string Edit(string text, (int Kind, int At, int Other) edit)
    {
        var at = edit.At % (text.Length + 1);
        var lines = text.Split('\n').ToList();
        var line = edit.At % lines.Count;
        switch (edit.Kind)
        {
            case 0:
                return text.Insert(at, Fragments[edit.Other % Fragments.Length]);
            case 1:
                return text.Remove(at, Math.Min(text.Length - at, 1 + (edit.Other % 3)));
            case 2:
                lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            case 3:
                lines.RemoveAt(line);
                return string.Join("\n", lines);
            default:
                lines[line] = edit.Other % 2 == 0 ? " " + lines[line] : lines[line].StartsWith(' ') ? lines[line][1..] : lines[line];
                return string.Join("\n", lines);
        }
    }
}
