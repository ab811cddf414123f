using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Briefing.Import;

/// <summary>
/// A table as a pipe table when Markdown can say it: one line per row, cells of inline text, no spans.
/// Any other table (a layout table, cells holding paragraphs or lists, merged cells) keeps its cells'
/// text as blocks, in reading order, and drops the table.
/// </summary>
internal sealed class MarkdownTables
{
    private readonly MarkdownBlocks _blocks;
    private readonly DroppedMarkup _dropped;

    public MarkdownTables(MarkdownBlocks blocks, DroppedMarkup dropped)
    {
        _blocks = blocks;
        _dropped = dropped;
    }

    public List<string> Of(IElement table)
    {
        var rows = Rows(table);
        var cells = rows.Select(r => r.Cells.ToList()).Where(r => r.Count > 0).ToList();
        var columns = cells.Count == 0 ? 0 : cells.Max(r => r.Count);
        var expressible = columns > 1 && cells.Count > 1
            && cells.All(r => r.All(c => c.ColumnSpan <= 1 && c.RowSpan <= 1 && !HtmlElements.HoldsBlock(c) && !HasNestedTable(c)));
        if (!expressible)
        {
            return AsBlocks(table, columns);
        }

        var lines = new List<string>();
        foreach (var row in cells)
        {
            var texts = row.Select(c => _blocks.OneLine(c)).ToList();
            while (texts.Count < columns)
            {
                texts.Add("");
            }

            lines.Add("| " + string.Join(" | ", texts) + " |");
            if (lines.Count == 1)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            }
        }

        var caption = table.QuerySelector("caption") is { } captionElement ? _blocks.OneLine(captionElement) : "";
        return caption.Length > 0 ? [caption, string.Join('\n', lines)] : [string.Join('\n', lines)];
    }

    private List<string> AsBlocks(IElement table, int columns)
    {
        // A one-column table is how pages lay text out: its text is the article, nothing is lost.
        if (columns > 1)
        {
            _dropped.Add("tables Markdown cannot hold (text kept as paragraphs)");
        }

        return _blocks.Of(table);
    }

    private static IEnumerable<IHtmlTableRowElement> Rows(IElement table) =>
        table is IHtmlTableElement html ? html.Rows : [];

    private static bool HasNestedTable(IElement cell) => cell.QuerySelector("table") is not null;
}
