using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefing.Import;

/// <summary>HTML blocks as Markdown blocks, each one string; containers Markdown has no block for are read through.</summary>
internal sealed class MarkdownBlocks(DroppedMarkup dropped)
{
    /// <summary>The article element's content as a Markdown document.</summary>
    public static string Convert(IElement root, DroppedMarkup dropped)
    {
        var blocks = new MarkdownBlocks(dropped).Of(root.ChildNodes);
        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks) + "\n";
    }

    private List<string> Of(IEnumerable<INode> nodes)
    {
        var blocks = new List<string>();
        var inline = new MarkdownInlines(dropped, oneLine: false);
        foreach (var child in nodes)
        {
            if (child is IElement element && !HtmlElements.IsLeftOut(element) && (HtmlElements.IsBlock(element) || HtmlElements.HoldsBlock(element)))
            {
                Flush(inline, blocks);
                if (!HtmlElements.IsBlock(element))
                {
                    dropped.Add($"<{element.LocalName}> around blocks (text kept)");
                }

                blocks.AddRange(Block(element));
            }
            else
            {
                inline.Add(child);
            }
        }

        Flush(inline, blocks);
        return blocks;
    }

    private static void Flush(MarkdownInlines inline, List<string> blocks)
    {
        if (inline.Take() is { Length: > 0 } paragraph)
        {
            blocks.Add(paragraph);
        }
    }

    private List<string> Block(IElement element)
    {
        var name = element.TagName.ToUpperInvariant();
        return name switch
        {
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" when !HtmlElements.HoldsBlock(element) =>
                OneLine(element) is { Length: > 0 } heading ? [new string('#', name[1] - '0') + " " + heading] : [],
            "PRE" => Preformatted(element),
            "BLOCKQUOTE" => Of(element.ChildNodes) is { Count: > 0 } quoted ? [Indented(quoted, "> ", "> ")] : [],
            "UL" or "OL" => List(element, name == "OL"),
            "TABLE" => Table(element),
            "HR" => ["***"],
            _ => Of(element.ChildNodes),
        };
    }

    private string OneLine(IElement element)
    {
        var inline = new MarkdownInlines(dropped, oneLine: true);
        inline.AddChildren(element);
        return inline.Take();
    }

    private static List<string> Preformatted(IElement element)
    {
        var code = element.TextContent.TrimEnd('\n', '\r', ' ', '\t').Replace("\r\n", "\n", StringComparison.Ordinal);
        var fence = new string('`', Math.Max(3, MarkdownInlines.LongestBacktickRun(code) + 1));
        return code.Trim().Length == 0 ? [] : [$"{fence}\n{code}\n{fence}"];
    }

    private List<string> List(IElement list, bool ordered)
    {
        var number = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? Math.Min(start, 999_999_999)
            : 1;
        var items = Items(list);
        var rendered = items.Select(blocks =>
        {
            var marker = ordered ? string.Create(CultureInfo.InvariantCulture, $"{number++}.") : "-";
            return Indented(blocks, marker + " ", new string(' ', marker.Length + 1));
        });
        return items.Count == 0 ? [] : [string.Join(items.All(i => i.Count == 1) ? "\n" : "\n\n", rendered)];
    }

    /// <summary>Blocks under a list marker or quote: the first line after it, the others indented, blank lines bare.</summary>
    private static string Indented(List<string> blocks, string first, string rest) =>
        string.Join('\n', string.Join("\n\n", blocks).Split('\n').Select((l, i) => i == 0 ? first + l : l.Length == 0 ? rest.TrimEnd() : rest + l));

    /// <summary>Each item's blocks; text a page puts in the list outside any item is kept as an item of its own.</summary>
    private List<List<string>> Items(IElement list)
    {
        var items = new List<List<string>>();
        var loose = new List<INode>();
        foreach (var child in list.ChildNodes)
        {
            if (child is IElement { TagName: "LI" or "UL" or "OL" } element)
            {
                AddItem(items, loose);
                items.Add(element.TagName == "LI" ? Of(element.ChildNodes) : Block(element));
            }
            else
            {
                loose.Add(child);
            }
        }

        AddItem(items, loose);
        items.RemoveAll(i => i.Count == 0);
        return items;
    }

    private void AddItem(List<List<string>> items, List<INode> loose)
    {
        if (Of(loose) is { Count: > 0 } blocks)
        {
            dropped.Add("text in a list outside its items (kept as an item)");
            items.Add(blocks);
        }

        loose.Clear();
    }

    /// <summary>A pipe table when Markdown can say it (no spans, inline cells); any other table's cells are kept as blocks.</summary>
    private List<string> Table(IElement table)
    {
        var cells = table is IHtmlTableElement html ? html.Rows.Select(r => r.Cells.ToList()).Where(r => r.Count > 0).ToList() : [];
        var columns = cells.Count == 0 ? 0 : cells.Max(r => r.Count);
        var expressible = columns > 1 && cells.Count > 1 && cells.All(r => r.All(c =>
            c.ColumnSpan <= 1 && c.RowSpan <= 1 && !HtmlElements.HoldsBlock(c) && c.QuerySelector("table") is null));
        if (!expressible)
        {
            // A one-column table is how pages lay text out: its text is the article, nothing is lost.
            if (columns > 1)
            {
                dropped.Add("tables Markdown cannot hold (text kept as paragraphs)");
            }

            return Of(table.ChildNodes);
        }

        var lines = new List<string>();
        foreach (var row in cells)
        {
            var texts = row.Select(OneLine).Concat(Enumerable.Repeat("", columns - row.Count));
            lines.Add("| " + string.Join(" | ", texts) + " |");
            if (lines.Count == 1)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            }
        }

        var caption = table.QuerySelector("caption") is { } captionElement ? OneLine(captionElement) : "";
        return caption.Length > 0 ? [caption, string.Join('\n', lines)] : [string.Join('\n', lines)];
    }
}
