using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>
/// Wraps a quoted passage in as few highlights as the inlines allow: emphasis or a link wholly inside the quote whole, one
/// it only enters inside; code spans and entities it touches whole, as they cannot be split.
/// </summary>
internal static class HighlightPlacement
{
    public static void Wrap(VisibleText visible, int start, int end, int number)
    {
        visible.SplitAt(start);
        visible.SplitAt(end);
        var runs = visible.RunsIn(start, end);
        var covered = runs.Select(run => run.Inline).ToHashSet();

        var nodes = new List<Inline>();
        foreach (var run in runs)
        {
            var node = run.Inline;
            while (node.Parent is { Parent: not null } parent && IsCovered(parent, covered))
            {
                node = parent;
            }

            if (!nodes.Contains(node))
            {
                nodes.Add(node);
            }
        }

        // Consecutive siblings share one highlight, and so do siblings that only a line break separates.
        var group = new List<Inline>();
        foreach (var node in nodes)
        {
            if (group.Count > 0)
            {
                var next = group[^1].NextSibling;
                if (next is LineBreakInline { IsHard: false } && ReferenceEquals(next.NextSibling, node))
                {
                    group.Add(next);
                }
                else if (!ReferenceEquals(next, node))
                {
                    Enclose(group, number);
                    group.Clear();
                }
            }

            group.Add(node);
        }

        Enclose(group, number);
    }

    /// <summary>True when every text-bearing inline below <paramref name="container"/> is part of the quote.</summary>
    private static bool IsCovered(ContainerInline container, HashSet<Inline> covered)
    {
        var any = false;
        foreach (var child in container)
        {
            switch (child)
            {
                case ContainerInline inner and not LinkInline { IsImage: true }:
                    if (!IsCovered(inner, covered))
                    {
                        return false;
                    }

                    any = true;
                    break;
                case LiteralInline { Content.Length: 0 }:
                    break;
                case LiteralInline or CodeInline or HtmlEntityInline or AutolinkInline:
                    if (!covered.Contains(child))
                    {
                        return false;
                    }

                    any = true;
                    break;
            }
        }

        return any;
    }

    private static void Enclose(List<Inline> group, int number)
    {
        if (group.Count == 0)
        {
            return;
        }

        var highlight = new QuoteHighlight(number);
        group[0].InsertBefore(highlight);
        foreach (var node in group)
        {
            node.Remove();
            highlight.AppendChild(node);
        }
    }
}
