using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Rendering;

namespace Briefing.Import;

/// <summary>
/// The words a reader sees, in order: of extracted HTML (blocks and line breaks apart, what the
/// conversion leaves out skipped) and of Markdown as the site renders it. The import compares the two
/// so that the Markdown is known to say exactly the extracted words.
/// </summary>
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
        var stack = new Stack<(INode Node, bool Close)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, close) = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (node is not IElement element || HtmlElements.IsLeftOut(element))
            {
                continue;
            }

            // A block or a line break separates words; inline markup does not.
            var separates = HtmlElements.IsBlock(element) || element.TagName is "BR";
            text.Append(separates ? " " : "");
            if (!close)
            {
                stack.Push((node, true));
                foreach (var child in element.ChildNodes.Reverse())
                {
                    stack.Push((child, false));
                }
            }
        }

        return [.. text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }
}
