using System.Text;

namespace Briefing.Csl.Output;

/// <summary>The kinds of rich-text node a formatted citation is made of.</summary>
internal enum InlineKind
{
    Text,
    Sequence,
    Italic,
    NormalStyle,
    Bold,
    NormalWeight,
    SmallCaps,
    NormalVariant,
    Underline,
    NoDecoration,
    Superscript,
    Subscript,
    Baseline,
    NoCase,
    Quoted,
    Div,
}

/// <summary>Rich text: a string, a sequence, or a formatting wrapper around children.</summary>
internal sealed class Inline
{
    public static readonly Inline Empty = new(InlineKind.Sequence, "", []);

    private Inline(InlineKind kind, string text, Inline[] children)
    {
        Kind = kind;
        Text = text;
        Children = children;
    }

    public InlineKind Kind { get; }

    /// <summary>The string of a text node, or the class of a div.</summary>
    public string Text { get; }

    public Inline[] Children { get; }

    // Both asked for again and again while a tree is joined and checked: found once, the tree never changes.
    // Shared between threads once kept (RenderMemo): each is one atomic write of a value every thread would find.
    private string? _plain;
    private int _empty; // 0 not yet known, 1 empty, 2 not

    public bool IsEmpty
    {
        get
        {
            if (_empty == 0)
            {
                _empty = (Kind == InlineKind.Text ? Text.Length == 0 : AllEmpty(Children)) ? 1 : 2;
            }
            return _empty == 1;
        }
    }

    private static bool AllEmpty(Inline[] children)
    {
        for (var i = 0; i < children.Length; i++)
        {
            if (!children[i].IsEmpty)
            {
                return false;
            }
        }
        return true;
    }

    public static Inline Str(string text) => text.Length == 0 ? Empty : new(InlineKind.Text, text, []);

    public static Inline Wrap(InlineKind kind, Inline child) => new(kind, "", [child]);

    public static Inline Div(string cssClass, Inline child) => new(InlineKind.Div, cssClass, [child]);

    public static Inline Concat(IEnumerable<Inline> parts) => Concat((ReadOnlySpan<Inline>)[.. parts]);

    public static Inline Concat(IReadOnlyList<Inline> parts) => parts switch
    {
        Inline[] array => Concat((ReadOnlySpan<Inline>)array),
        List<Inline> list => Concat((ReadOnlySpan<Inline>)System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)),
        _ => Concat((ReadOnlySpan<Inline>)[.. parts]),
    };

    // A sequence's parts are spliced in (a sequence never holds a sequence) and empty text is left out.
    public static Inline Concat(params ReadOnlySpan<Inline> parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            count += part.Kind == InlineKind.Sequence ? part.Children.Length : part.Kind == InlineKind.Text && part.Text.Length == 0 ? 0 : 1;
        }
        if (count == 0)
        {
            return Empty;
        }
        var children = new Inline[count];
        var at = 0;
        foreach (var part in parts)
        {
            if (part.Kind == InlineKind.Sequence)
            {
                part.Children.CopyTo(children, at);
                at += part.Children.Length;
            }
            else if (!(part.Kind == InlineKind.Text && part.Text.Length == 0))
            {
                children[at++] = part;
            }
        }
        return count == 1 ? children[0] : new(InlineKind.Sequence, "", children);
    }

    public Inline WithChildren(IReadOnlyList<Inline> children) =>
        Kind == InlineKind.Sequence ? Concat(children) : new(Kind, Text, children as Inline[] ?? [.. children]);

    public string PlainText()
    {
        if (Kind == InlineKind.Text)
        {
            return Text;
        }
        if (_plain is null)
        {
            var builder = new StringBuilder();
            AppendPlain(builder);
            _plain = builder.ToString();
        }
        return _plain;
    }

    private void AppendPlain(StringBuilder builder)
    {
        if (Kind == InlineKind.Text)
        {
            builder.Append(Text);
            return;
        }
        for (var i = 0; i < Children.Length; i++)
        {
            Children[i].AppendPlain(builder);
        }
    }

    /// <summary>Applies a function to every text node.</summary>
    public Inline MapText(Func<string, string> map) => Kind == InlineKind.Text
        ? Str(map(Text))
        : WithChildren(Children.Select(c => c.MapText(map)).ToList());

    /// <summary>The first character of the plain text, found without writing it out ('\0' when empty).</summary>
    public char FirstChar()
    {
        if (Kind == InlineKind.Text)
        {
            return Text.Length > 0 ? Text[0] : '\0';
        }
        for (var i = 0; i < Children.Length; i++)
        {
            if (!Children[i].IsEmpty)
            {
                return Children[i].FirstChar();
            }
        }
        return '\0';
    }

    /// <summary>The last character of the plain text, found without writing it out ('\0' when empty).</summary>
    public char LastChar()
    {
        if (Kind == InlineKind.Text)
        {
            return Text.Length > 0 ? Text[^1] : '\0';
        }
        for (var i = Children.Length - 1; i >= 0; i--)
        {
            if (!Children[i].IsEmpty)
            {
                return Children[i].LastChar();
            }
        }
        return '\0';
    }

    /// <summary>Drops leading characters of the first text node.</summary>
    public Inline TrimStart(Func<char, bool> drop) => TrimStart(drop, out _);

    /// <summary>Drops leading characters of the first text node; <paramref name="trimmed"/> says whether any was dropped.</summary>
    public Inline TrimStart(Func<char, bool> drop, out bool trimmed)
    {
        var done = false;
        var dropped = 0;
        var result = TrimStart(drop, ref done, ref dropped);
        trimmed = dropped > 0;
        return result;
    }

    private Inline TrimStart(Func<char, bool> drop, ref bool done, ref int dropped)
    {
        if (Kind == InlineKind.Text)
        {
            done = true;
            var i = 0;
            while (i < Text.Length && drop(Text[i]))
            {
                i++;
            }
            dropped += i;
            return Str(Text[i..]);
        }
        var children = new Inline[Children.Length];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = done ? Children[i] : Children[i].TrimStart(drop, ref done, ref dropped);
        }
        return WithChildren(children);
    }

    /// <summary>Drops trailing characters of the last text node.</summary>
    public Inline TrimEnd(Func<char, bool> drop) => TrimEnd(drop, out _);

    /// <summary>Drops trailing characters of the last text node; <paramref name="trimmed"/> says whether any was dropped.</summary>
    public Inline TrimEnd(Func<char, bool> drop, out bool trimmed)
    {
        if (Kind == InlineKind.Text)
        {
            var end = Text.Length;
            while (end > 0 && drop(Text[end - 1]))
            {
                end--;
            }
            trimmed = end < Text.Length;
            return Str(Text[..end]);
        }
        if (Children.Length == 0)
        {
            trimmed = false;
            return this;
        }
        var children = (Inline[])Children.Clone();
        children[^1] = children[^1].TrimEnd(drop, out trimmed);
        return WithChildren(children);
    }
}
