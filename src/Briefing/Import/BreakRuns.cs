using AngleSharp.Dom;

namespace Briefing.Import;

/// <summary>Runs of two or more &lt;br&gt; made into paragraphs before Readability reads the page: words either side stay apart.</summary>
internal static class BreakRuns
{
    public static void ToParagraphs(IDocument page)
    {
        foreach (var br in page.QuerySelectorAll("body br").ToList())
        {
            // The <br> elements that follow this one, white space apart, are removed; if there were any, a paragraph starts.
            var run = false;
            while (br.Parent is not null && NextNonSpace(br.NextSibling) is IElement { TagName: "BR" } next)
            {
                while (br.NextSibling != next)
                {
                    br.NextSibling!.RemoveFromParent();
                }

                next.Remove();
                run = true;
            }

            if (run)
            {
                Paragraph(page, br);
            }
        }
    }

    private static void Paragraph(IDocument page, IElement br)
    {
        var p = page.CreateElement("p");
        br.Replace(p);
        var next = p.NextSibling;
        while (next is not null && IsPhrasing(next))
        {
            if (next is IElement { TagName: "BR" } && NextNonSpace(next.NextSibling) is IElement { TagName: "BR" })
            {
                break;
            }

            var sibling = next.NextSibling;
            p.AppendChild(next);
            next = sibling;
        }

        while (p.LastChild is IText { Data: var data } last && data.All(HtmlElements.IsSpace))
        {
            last.RemoveFromParent();
        }

        if (p.ParentElement is { TagName: "P" } outer)
        {
            var div = page.CreateElement("div");
            while (outer.FirstChild is { } child)
            {
                div.AppendChild(child);
            }

            outer.Replace(div);
        }
    }

    private static INode? NextNonSpace(INode? node)
    {
        while (node is IText { Data: var data } && data.All(HtmlElements.IsSpace))
        {
            node = node.NextSibling;
        }

        return node;
    }

    private static bool IsPhrasing(INode node) =>
        node is IText || (node is IElement element && !HtmlElements.IsBlock(element) && !HtmlElements.HoldsBlock(element));
}
