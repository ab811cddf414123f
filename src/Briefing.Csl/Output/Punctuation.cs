using System.Globalization;

namespace Briefing.Csl.Output;

/// <summary>Where two pieces of output meet, doubled or clashing punctuation is reduced as citeproc-js does.</summary>
internal static class Punctuation
{
    private enum Keep { Both, First, Second }

    /// <summary>Fixes the punctuation where each part meets the next, in the list itself (which it returns).</summary>
    public static List<Inline> Fix(List<Inline> parts)
    {
        Fix(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
        return parts;
    }

    /// <summary>Fixes the punctuation where each part meets the next, in place.</summary>
    public static void Fix(Span<Inline> result)
    {
        var i = 0;
        while (i < result.Length - 1)
        {
            var x = result[i];
            var y = result[i + 1];
            if (x.IsEmpty || y.IsEmpty)
            {
                i++;
                continue;
            }
            var yStart = y.FirstChar();
            var xLast = x.LastChar();
            // Only a text ending in a quote or space can hide a period before it: read out for that case alone.
            var xEnd = yStart == '.' && (IsQuoteLike(xLast) || char.IsWhiteSpace(xLast)) ? TerminalBeforeQuote(x.PlainText()) ?? xLast : xLast;
            var trimmed = false;
            switch (Rule(xEnd, yStart))
            {
                case Keep.First:
                    {
                        // Captured here, so that the closure is made only where a part is trimmed.
                        var drop = yStart;
                        var trimmedY = y.TrimStart(c => c == drop, out trimmed);
                        if (trimmed)
                        {
                            result[i + 1] = trimmedY;
                        }
                        break;
                    }
                case Keep.Second:
                    {
                        var drop = xEnd;
                        var trimmedX = x.TrimEnd(c => c == drop, out trimmed);
                        if (trimmed)
                        {
                            result[i] = trimmedX;
                        }
                        break;
                    }
            }
            if (!trimmed)
            {
                i++;
            }
        }
    }

    private static char? TerminalBeforeQuote(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || !IsQuoteLike(trimmed[^1]))
        {
            return null;
        }
        var inner = trimmed.TrimEnd().AsSpan();
        while (inner.Length > 0 && (char.IsWhiteSpace(inner[^1]) || IsQuoteLike(inner[^1])))
        {
            inner = inner[..^1];
        }
        return inner.Length > 0 ? inner[^1] : null;
    }

    private static bool IsQuoteLike(char c) =>
        c is '"' or '\'' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.FinalQuotePunctuation;

    private static Keep Rule(char x, char y) => (x, y) switch
    {
        ('!', '.') or ('!', ':') or ('?', '.') or ('?', ':') or (':', '.') or (';', ':') or (';', '.') => Keep.First,
        ('!', '!') or ('?', '?') or ('.', '.') or (':', ':') or (';', ';') or (',', ',') => Keep.First,
        (':', '!') or (':', '?') or (';', '!') or (';', '?') => Keep.Second,
        (' ', ' ') or (' ', ',') or (' ', '.') => Keep.Second,
        _ => Keep.Both,
    };

    /// <summary>Moves a period or comma that follows a closing quote inside it (American punctuation).</summary>
    public static Inline MoveInsideQuotes(Inline node)
    {
        if (node.Kind == InlineKind.Text || node.Children.Length == 0 || !HasQuoted(node))
        {
            return node;
        }
        // Copied on the first change: a node where nothing moves is kept as it is.
        var children = node.Children;
        Inline[]? moved = null;
        for (var i = 0; i < children.Length; i++)
        {
            var child = MoveInsideQuotes(children[i]);
            if (!ReferenceEquals(child, children[i]))
            {
                (moved ??= (Inline[])children.Clone())[i] = child;
            }
        }
        if (node.Kind != InlineKind.Sequence)
        {
            return moved is null ? node : node.WithChildren(moved);
        }
        for (var i = 0; i < children.Length - 1; i++)
        {
            var current = moved?[i] ?? children[i];
            var next = moved?[i + 1] ?? children[i + 1];
            if (!EndsWithQuote(current) || next.Kind != InlineKind.Text || next.Text.Length == 0 || next.Text[0] is not ('.' or ','))
            {
                continue;
            }
            moved ??= (Inline[])children.Clone();
            moved[i] = AppendInsideQuote(current, next.Text[..1]);
            moved[i + 1] = Inline.Str(next.Text[1..]);
        }
        return moved is null ? node : Inline.Concat(moved);
    }

    private static bool HasQuoted(Inline node)
    {
        if (node.Kind == InlineKind.Quoted)
        {
            return true;
        }
        for (var i = 0; i < node.Children.Length; i++)
        {
            if (HasQuoted(node.Children[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithQuote(Inline node) => node.Kind switch
    {
        InlineKind.Quoted => true,
        InlineKind.Italic or InlineKind.Bold or InlineKind.NormalStyle or InlineKind.NormalWeight or InlineKind.SmallCaps
            or InlineKind.NormalVariant or InlineKind.Underline => node.Children.Length > 0 && EndsWithQuote(node.Children[^1]),
        _ => false,
    };

    private static Inline AppendInsideQuote(Inline node, string punctuation)
    {
        if (node.Kind == InlineKind.Quoted)
        {
            var inner = Inline.Concat(Inline.Concat(node.Children), Inline.Str(punctuation));
            return Inline.Wrap(InlineKind.Quoted, MoveInsideQuotes(inner));
        }
        var children = node.Children.ToList();
        children[^1] = AppendInsideQuote(children[^1], punctuation);
        return node.WithChildren(children);
    }
}
