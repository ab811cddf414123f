using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>
/// The inlines of a syntax tree in document order, as Markdig's Descendants&lt;Inline&gt;() gives them,
/// walked with one stack instead of an iterator nested in an iterator for every level (which cost more
/// than the link check it fed).
/// </summary>
internal static class SyntaxWalk
{
    [ThreadStatic]
    private static Stack<MarkdownObject>? _threadPending;

    /// <summary>
    /// Calls <paramref name="visit"/> on every inline under <paramref name="root"/> (a block), parents
    /// before children.
    /// </summary>
    public static void Inlines(MarkdownObject root, Action<Inline> visit)
    {
        // Not re-entered: visit never walks another tree on this thread.
        var pending = _threadPending ?? new Stack<MarkdownObject>();
        _threadPending = null;
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }

                    break;

                case LeafBlock { Inline: { } inline }:
                    // As Markdig: the block's own container of inlines is not one of them, its children are.
                    PushChildren(pending, inline);
                    break;

                case Inline inline:
                    visit(inline);
                    if (inline is ContainerInline children)
                    {
                        PushChildren(pending, children);
                    }

                    break;
            }
        }

        _threadPending = pending;
    }

    private static void PushChildren(Stack<MarkdownObject> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    /// <summary>The inlines of type <typeparamref name="T"/> under <paramref name="root"/>, in document order.</summary>
    public static List<T> Inlines<T>(MarkdownObject root)
        where T : Inline
    {
        var found = new List<T>();
        Inlines(root, inline =>
        {
            if (inline is T match)
            {
                found.Add(match);
            }
        });
        return found;
    }
}
