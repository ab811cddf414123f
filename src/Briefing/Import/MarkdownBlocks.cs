using AngleSharp.Dom;

namespace Briefing.Import;

/// <summary>
/// HTML blocks as Markdown blocks: headings, paragraphs, lists, block quotes, preformatted text and
/// tables; any other container is read through. Each block is one string; blocks are separated by a blank line.
/// </summary>
internal sealed class MarkdownBlocks
{
    private readonly DroppedMarkup _dropped;

    public MarkdownBlocks(DroppedMarkup dropped) => _dropped = dropped;

    /// <summary>The article element's content as a Markdown document.</summary>
    public static string Convert(IElement root, DroppedMarkup dropped)
    {
        var blocks = new MarkdownBlocks(dropped).Of(root);
        return blocks.Count == 0 ? "" : string.Join("\n\n", blocks) + "\n";
    }

    public List<string> Of(INode container) => Of(container.ChildNodes);

    private List<string> Of(IEnumerable<INode> nodes)
    {
        var blocks = new List<string>();
        var inline = new MarkdownInlines(_dropped, oneLine: false);
        foreach (var child in nodes)
        {
            if (child is IElement element && !HtmlElements.IsLeftOut(element) && (HtmlElements.IsBlock(element) || HtmlElements.HoldsBlock(element)))
            {
                Flush(inline, blocks);
                if (!HtmlElements.IsBlock(element))
                {
                    _dropped.Add($"<{element.LocalName}> around blocks (text kept)");
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
        switch (name)
        {
            case "H1" or "H2" or "H3" or "H4" or "H5" or "H6" when !HtmlElements.HoldsBlock(element):
                var heading = OneLine(element);
                return heading.Length == 0 ? [] : [new string('#', name[1] - '0') + " " + heading];
            case "P" when !HtmlElements.HoldsBlock(element):
                var inline = new MarkdownInlines(_dropped, oneLine: false);
                inline.AddChildren(element);
                return inline.Take() is { Length: > 0 } paragraph ? [paragraph] : [];
            case "PRE":
                return Preformatted(element);
            case "BLOCKQUOTE":
                return Prefixed(Of(element), "> ", ">");
            case "UL" or "OL":
                return List(element, name == "OL");
            case "TABLE":
                return new MarkdownTables(this, _dropped).Of(element);
            case "HR":
                return ["***"];
            default:
                return Of(element);
        }
    }

    public string OneLine(IElement element)
    {
        var inline = new MarkdownInlines(_dropped, oneLine: true);
        inline.AddChildren(element);
        return inline.Take();
    }

    private static List<string> Preformatted(IElement element)
    {
        var code = element.TextContent.TrimEnd('\n', '\r', ' ', '\t').Replace("\r\n", "\n", StringComparison.Ordinal);
        if (code.Trim().Length == 0)
        {
            return [];
        }

        var fence = new string('`', Math.Max(3, MarkdownInlines.LongestRun(code, '`') + 1));
        return [$"{fence}\n{code}\n{fence}"];
    }

    private static List<string> Prefixed(List<string> blocks, string prefix, string emptyLine)
    {
        if (blocks.Count == 0)
        {
            return [];
        }

        var lines = string.Join("\n\n", blocks).Split('\n');
        return [string.Join('\n', lines.Select(l => l.Length == 0 ? emptyLine : prefix + l))];
    }

    private List<string> List(IElement list, bool ordered)
    {
        var number = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? Math.Min(start, 999_999_999)
            : 1;
        var items = Items(list);

        if (items.Count == 0)
        {
            return [];
        }

        var tight = items.All(i => i.Count == 1);
        var rendered = items.Select(blocks =>
        {
            var marker = ordered ? string.Create(CultureInfo.InvariantCulture, $"{number++}.") : "-";
            var indent = new string(' ', marker.Length + 1);
            var lines = string.Join("\n\n", blocks).Split('\n');
            return string.Join('\n', lines.Select((l, i) => i == 0 ? marker + " " + l : l.Length == 0 ? "" : indent + l));
        });
        return [string.Join(tight ? "\n" : "\n\n", rendered)];
    }

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
                items.Add(element.TagName == "LI" ? Of(element) : Block(element));
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
            _dropped.Add("text in a list outside its items (kept as an item)");
            items.Add(blocks);
        }

        loose.Clear();
    }
}
