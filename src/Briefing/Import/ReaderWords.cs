using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Rendering;

namespace Briefing.Import;

/// <summary>The words a reader sees, of extracted HTML and of rendered Markdown: equal when the Markdown says the page's words.</summary>
internal static class ReaderWords
{
    private static readonly MarkdownPipelines Pipelines = new();

    public static List<string> OfMarkdown(string markdown)
    {
        using var document = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, Pipelines.Article));
        return Of(document.Body!);
    }

    public static List<string> Of(INode root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return [.. text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }

    private static void Append(INode node, StringBuilder text)
    {
        if (node is IText t)
        {
            text.Append(t.Data);
        }
        else if (node is IElement element && !HtmlElements.IsLeftOut(element))
        {
            // A block or a line break separates words; inline markup does not.
            var separator = HtmlElements.IsBlock(element) || element.TagName is "BR" ? " " : "";
            text.Append(separator);
            foreach (var child in element.ChildNodes)
            {
                Append(child, text);
            }

            text.Append(separator);
        }
    }
}
