using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>
/// Puts a marker right after a character of the visible text. A quote that ends inside link text
/// gets its marker after the whole link (a link never nests in a link); one that ends at the end of
/// emphasis gets it after the emphasis; code spans and entities are never split.
/// </summary>
internal static class MarkerPlacement
{
    public static void InsertAfter(VisibleText visible, int lastCharacter, Inline marker)
    {
        var run = visible.RunAt(lastCharacter)
            ?? throw new InvalidOperationException($"No text at position {lastCharacter}: a quote never ends on a separator.");

        // After the split the character ends its run (unless it sits in a code span or an entity).
        visible.SplitAt(lastCharacter + 1);
        var target = Climb(visible.RunAt(lastCharacter)!.Inline);
        target.InsertAfter(marker);
    }

    private static Inline Climb(Inline target)
    {
        while (true)
        {
            for (var ancestor = target.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor is LinkInline)
                {
                    target = ancestor;
                }
            }

            var parent = target.Parent;
            if (parent?.Parent is null || target.NextSibling is not null)
            {
                return target;
            }

            target = parent;
        }
    }
}
