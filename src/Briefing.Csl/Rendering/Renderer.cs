using Briefing.Csl.Locale;
using Briefing.Csl.Output;
using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Turns evaluated nodes into rich text: delimiters, affixes, fonts, text case, quotes and display.</summary>
internal static class Renderer
{
    public static Inline Render(Node node, LocaleChain locale) => node switch
    {
        LeafNode leaf => leaf.Content,
        TaggedNode tagged => Render(tagged.Child, locale),
        GroupNode group => Format(group.Format, JoinChildren(group, locale), locale),
        _ => Inline.Empty,
    };

    private static Inline JoinChildren(GroupNode group, LocaleChain locale)
    {
        var children = group.Children;
        if (children.Length == 1)
        {
            // One child needs no delimiter and meets no other part.
            var only = Render(children[0], locale);
            return only.IsEmpty ? Inline.Empty : only;
        }
        var parts = new Inline[Math.Max(0, (children.Length * 2) - 1)];
        var count = 0;
        Inline? delimiter = null;
        for (var i = 0; i < children.Length; i++)
        {
            AddDelimited(parts, ref count, Render(children[i], locale), group.Format.Delimiter, ref delimiter, locale);
        }
        return Joined(parts.AsSpan(0, count));
    }

    /// <summary>
    /// Whether a node renders to nothing, found without rendering it: a group is blank when all its children
    /// are (affixes, delimiters and quotes show only around text), unless it strips periods, which can empty a text.
    /// </summary>
    public static bool IsBlank(Node node, LocaleChain locale) => node switch
    {
        LeafNode leaf => leaf.Content.IsEmpty,
        TaggedNode tagged => IsBlank(tagged.Child, locale),
        GroupNode { Format.StripPeriods: true } group => Render(group, locale).IsEmpty,
        GroupNode group => AllBlank(group.Children, locale),
        _ => true,
    };

    private static bool AllBlank(Node[] nodes, LocaleChain locale)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!IsBlank(nodes[i], locale))
            {
                return false;
            }
        }
        return true;
    }

    public static Inline Join(IEnumerable<Inline> parts, string? delimiter, LocaleChain locale)
    {
        var list = parts as IReadOnlyList<Inline> ?? [.. parts];
        var delimited = new Inline[Math.Max(0, (list.Count * 2) - 1)];
        var count = 0;
        Inline? delimiterInline = null;
        foreach (var part in list)
        {
            AddDelimited(delimited, ref count, part, delimiter, ref delimiterInline, locale);
        }
        return Joined(delimited.AsSpan(0, count));
    }

    /// <summary>Adds a part that is not empty, after the delimiter unless it is the first or starts with a comma, semicolon or period.</summary>
    private static void AddDelimited(Inline[] parts, ref int count, Inline part, string? delimiter, ref Inline? delimiterInline, LocaleChain locale)
    {
        if (part.IsEmpty)
        {
            return;
        }
        if (count > 0 && !string.IsNullOrEmpty(delimiter) && part.FirstChar() is not (',' or ';' or '.'))
        {
            parts[count++] = delimiterInline ??= RichText.Parse(delimiter, locale.Quotes);
        }
        parts[count++] = part;
    }

    private static Inline Joined(Span<Inline> parts)
    {
        if (parts.Length <= 1)
        {
            return parts.Length == 0 ? Inline.Empty : parts[0];
        }
        Punctuation.Fix(parts);
        return Inline.Concat(parts);
    }

    public static Inline Format(Formatting f, Inline content, LocaleChain locale)
    {
        if (f.IsPlain || content.IsEmpty)
        {
            return content;
        }
        var x = f.StripPeriods ? content.MapText(t => t.Replace(".", "", StringComparison.Ordinal)) : content;
        if (f.AffixesInside)
        {
            x = AddAffixes(f, x, locale);
        }
        if (f.FontStyle is "italic" or "oblique")
        {
            x = Inline.Wrap(InlineKind.Italic, x);
        }
        else if (f.FontStyle == "normal")
        {
            x = Inline.Wrap(InlineKind.NormalStyle, x);
        }
        if (f.TextCase is { } textCase)
        {
            x = CaseTransform.Apply(textCase, x);
        }
        x = f.FontVariant switch
        {
            "small-caps" => Inline.Wrap(InlineKind.SmallCaps, x),
            _ => x,
        };
        x = f.FontWeight switch
        {
            "bold" => Inline.Wrap(InlineKind.Bold, x),
            "normal" => Inline.Wrap(InlineKind.NormalWeight, x),
            _ => x,
        };
        x = f.TextDecoration switch
        {
            "underline" => Inline.Wrap(InlineKind.Underline, x),
            "none" => Inline.Wrap(InlineKind.NoDecoration, x),
            _ => x,
        };
        x = f.VerticalAlign switch
        {
            "sup" => Inline.Wrap(InlineKind.Superscript, x),
            "sub" => Inline.Wrap(InlineKind.Subscript, x),
            "baseline" => Inline.Wrap(InlineKind.Baseline, x),
            _ => x,
        };
        if (f.Quotes)
        {
            x = Inline.Wrap(InlineKind.Quoted, x);
        }
        if (!f.AffixesInside)
        {
            x = AddAffixes(f, x, locale);
        }
        return f.Display is { } display ? Inline.Div(display, x) : x;
    }

    private static Inline AddAffixes(Formatting f, Inline x, LocaleChain locale)
    {
        if (!string.IsNullOrEmpty(f.Prefix))
        {
            Span<Inline> pair = [RichText.Parse(f.Prefix, locale.Quotes), x];
            Punctuation.Fix(pair);
            x = Inline.Concat(pair);
        }
        if (!string.IsNullOrEmpty(f.Suffix))
        {
            Span<Inline> pair = [x, RichText.Parse(f.Suffix, locale.Quotes)];
            Punctuation.Fix(pair);
            x = Inline.Concat(pair);
        }
        return x;
    }
}
