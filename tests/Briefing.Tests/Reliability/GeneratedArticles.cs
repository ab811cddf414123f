using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Generators of Markdown articles for the property tests: paragraphs, headings, lists, block quotes
/// and pipe tables, whose text mixes emphasis, links and code spans with CJK, combining marks and
/// non-breaking spaces. No Markdown is generated that the article format forbids (raw HTML, code blocks).
/// </summary>
internal static class GeneratedArticles
{
    private static readonly string[] Words =
    [
        "Pyongyang", "tested", "a", "nuclear", "weapon", "in", "October", "China", "agreed", "talks", "ally", "trade",
        "中国", "朝鲜", "核试验", "六方会谈", "北京", "cafe\u0301", "re\u0301sume\u0301", "Zu\u0308rich", "café", "naïve",
        "10\u00A0km", "“quoted”", "it’s", "Kim", "Jong-Il", "fuel,", "arms.", "(2006)",
    ];

    private static readonly Gen<string> Text =
        from count in Gen.Choose(1, 6)
        from words in Gen.Elements(Words).ArrayOf(count)
        from spaces in Gen.Elements(" ", " ", " ", "\u00A0").ArrayOf(count)
        select string.Concat(words.Select((w, i) => i == 0 ? w : spaces[i] + w));

    private static readonly Gen<string> Inline = Gen.Frequency(
        (6, Text),
        (2, Text.Select(t => $"*{t}*")),
        (1, Text.Select(t => $"**{t}**")),
        (2, from t in Text from n in Gen.Choose(1, 99) select $"[{t}](https://example.org/{n})"),
        (1, Text.Select(t => $"`{t}`")));

    private static readonly Gen<string> Line =
        from count in Gen.Choose(1, 5)
        from inlines in Inline.ArrayOf(count)
        select string.Join(" ", inlines);

    private static readonly Gen<string> Block = Gen.Frequency(
        (5, Line),
        (1, from level in Gen.Choose(1, 4) from line in Line select new string('#', level) + " " + line),
        (2, from items in Line.NonEmptyListOf() select string.Join("\n", items.Take(4).Select(i => "- " + i))),
        (2, from lines in Line.NonEmptyListOf() select string.Join("\n", lines.Take(3).Select(l => "> " + l))),
        (1, from columns in Gen.Choose(1, 3)
            from header in Text.ArrayOf(columns)
            from rows in Line.ArrayOf(columns).NonEmptyListOf()
            select Table(header, rows.Take(3))));

    /// <summary>An article body: one to eight blocks, separated by blank lines.</summary>
    public static readonly Gen<string> Article =
        from count in Gen.Choose(1, 8)
        from blocks in Block.ArrayOf(count)
        select string.Join("\n\n", blocks) + "\n";

    private static string Table(string[] header, IEnumerable<string[]> rows)
    {
        var table = new StringBuilder();
        table.Append("| ").AppendJoin(" | ", header).Append(" |\n|").Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
        {
            table.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        return table.ToString().TrimEnd('\n');
    }
}
