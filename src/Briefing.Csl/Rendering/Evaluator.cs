using Briefing.Csl.Dates;
using Briefing.Csl.Names;
using Briefing.Csl.Output;
using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Evaluates a style's elements for one item and cite into nodes.</summary>
internal static class Evaluator
{
    public static Node[] Evaluate(IReadOnlyList<Element> elements, RenderContext ctx) =>
        Children(elements as Element[] ?? [.. elements], ctx);

    private static void Evaluate(Element[] elements, RenderContext ctx, List<Node> into)
    {
        foreach (var element in elements)
        {
            Evaluate(element, ctx, into);
        }
    }

    /// <summary>The nodes of a group's or macro's elements, gathered on the context's scratch list: most yield none.</summary>
    private static Node[] Children(Element[] elements, RenderContext ctx)
    {
        var scratch = ctx.Scratch;
        var start = scratch.Count;
        Evaluate(elements, ctx, scratch);
        if (scratch.Count == start)
        {
            return [];
        }
        var nodes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch)[start..].ToArray();
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(scratch, start);
        return nodes;
    }

    /// <summary>Adds the element's nodes (none, one, or a chosen branch's) to <paramref name="into"/>.</summary>
    public static void Evaluate(Element element, RenderContext ctx, List<Node> into)
    {
        if (element is ChooseElement choose)
        {
            Evaluate(Conditions.Choose(choose, ctx), ctx, into);
            return;
        }
        var node = element switch
        {
            TextElement text => Text(text, ctx),
            NumberElement number => Numbers.Number(number, ctx),
            LabelElement label => Numbers.Label(label, ctx),
            DateElement date => DateRenderer.Render(date, ctx),
            NamesElement names => NamesRenderer.Render(names, ctx),
            GroupElement group => Group(group, ctx),
            _ => null,
        };
        if (node is not null)
        {
            into.Add(node);
        }
    }

    private static Node? Group(GroupElement group, RenderContext ctx)
    {
        var called = ctx.VariablesCalled;
        var found = ctx.VariablesFound;
        var children = Children(group.Children, ctx);
        if (ctx.VariablesCalled > called && ctx.VariablesFound == found)
        {
            return null;
        }
        return children.Length == 0 ? null : Grouped(ctx.Adjust(group.Format), children);
    }

    private static Node? Text(TextElement text, RenderContext ctx)
    {
        if (text.Macro is not null)
        {
            return Macro(text, ctx);
        }
        if (text.Term is not null)
        {
            var term = ctx.Locale.Term(text.Term, text.Form, text.Plural) ?? "";
            if (text.Term == "no date" && Dates.DateRenderer.YearSuffix(ctx) is { } suffix)
            {
                var space = text.Form == "long" ? " " : "";
                return new GroupNode(ctx.Adjust(text.Format), [new LeafNode(Inline.Str(term + space)), suffix]);
            }
            return Leaf(text.Format, RichText.Parse(term, ctx.Locale.Quotes), ctx) is { } leaf ? new TaggedNode(TagKind.Term, leaf, text.Term) : null;
        }
        if (text.Value is not null)
        {
            return Leaf(text.Format, RichText.Parse(text.Value, ctx.Locale.Quotes), ctx);
        }
        return text.Variable is null ? null : Variable(text, text.Variable, ctx);
    }

    private static Node? Macro(TextElement text, RenderContext ctx)
    {
        var body = text.Body ?? ctx.Style.Macros.GetValueOrDefault(text.Macro!) ?? [];
        var called = ctx.VariablesCalled;
        var found = ctx.VariablesFound;
        var children = Children(body, ctx);
        var suppressed = ctx.VariablesCalled > called && ctx.VariablesFound == found;
        if (AnyShows(children, ctx))
        {
            // A macro with output counts as a non-empty variable for the group around it, even when it suppresses itself.
            ctx.VariablesCalled++;
            ctx.VariablesFound++;
        }
        if (suppressed || children.Length == 0)
        {
            return null;
        }
        var format = ctx.Adjust(text.Format);
        return Grouped(format.Delimiter is null ? format : format with { Delimiter = null }, children);
    }

    private static bool AnyShows(Node[] nodes, RenderContext ctx)
    {
        foreach (var node in nodes)
        {
            if (!Renderer.IsBlank(node, ctx.Locale))
            {
                return true;
            }
        }
        return false;
    }

    private static Node? Variable(TextElement text, string variable, RenderContext ctx)
    {
        // The year suffix is no variable of the item, so a group does not depend on it.
        var counts = variable != "year-suffix";
        ctx.VariablesCalled += counts ? 1 : 0;
        var content = VariableContent(variable, text.Form, ctx);
        if (content is null)
        {
            return null;
        }
        ctx.VariablesFound += counts ? 1 : 0;
        ctx.Found.Add(variable);
        var format = ctx.Adjust(text.Format);
        var node = format.IsPlain ? content : new GroupNode(format, [content]);
        return variable switch
        {
            "title" => new TaggedNode(TagKind.Title, node),
            "locator" => new TaggedNode(TagKind.Locator, node),
            _ => node,
        };
    }

    private static Node? VariableContent(string variable, string form, RenderContext ctx)
    {
        switch (variable)
        {
            case "citation-number":
                return ctx.State.CitationNumber > 0
                    ? new TaggedNode(TagKind.CitationNumber, new LeafNode(Inline.Str(ctx.State.CitationNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                    : null;
            case "year-suffix":
                return ctx.State.YearSuffix is { } suffix ? new TaggedNode(TagKind.YearSuffix, new LeafNode(Inline.Str(suffix)), suffix) : null;
            case "locator":
                return ctx.Cite.Locator is { } locator ? new LeafNode(RichText.Parse(Locator(locator, ctx), ctx.Locale.Quotes)) : null;
            case "first-reference-note-number":
                return ctx.Cite.FirstNoteNumber is { } note ? new LeafNode(Inline.Str(note.ToString(System.Globalization.CultureInfo.InvariantCulture))) : null;
            case "citation-label":
                var label = new LeafNode(Inline.Str(ctx.Text("citation-label") ?? Trigraph(ctx.Item)));
                return Dates.DateRenderer.YearSuffix(ctx) is { } labelSuffix ? new GroupNode(Formatting.None, [label, labelSuffix]) : label;
            case "page":
                return ctx.Text("page") is { } page ? new LeafNode(RichText.Parse(PageRanges.Format(page, PageFormat(ctx), ctx), ctx.Locale.Quotes)) : null;
        }
        var value = form == "short" ? ShortForm(variable, ctx) : ctx.Text(variable);
        if (value is null)
        {
            return null;
        }
        return variable is "URL" or "DOI" or "PMID" or "PMCID" ? new LeafNode(Inline.Str(value)) : new LeafNode(RichText.Parse(value, ctx.Locale.Quotes));
    }

    /// <summary>A citation label made from the authors' family names and the year ("RoNo78").</summary>
    private static string Trigraph(CslItem item)
    {
        var names = item.Names.GetValueOrDefault("author") ?? item.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value).FirstOrDefault();
        var take = names is null ? 0 : names.Count == 1 ? 4 : names.Count >= 4 ? 1 : 2;
        var namePart = names is null ? "Xyz" : string.Concat(names.Take(4).Select(n => new string((n.Family ?? "").Take(take).ToArray())));
        var year = item.Dates.GetValueOrDefault("issued")?.Parts is [var parts, ..]
            ? (parts.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "";
        return namePart + year;
    }

    private static string? PageFormat(RenderContext ctx) => ctx.Style.Option("page-range-format") is { Length: > 0 } format ? format : null;

    private static string Locator(string locator, RenderContext ctx)
    {
        if (locator.Contains('&', StringComparison.Ordinal) && ctx.Locale.Find("and", "symbol") is { } and)
        {
            locator = locator.Replace("&", and.Single, StringComparison.Ordinal);
        }
        return PageRanges.Format(locator, ctx.Cite.Label is null or "page" ? PageFormat(ctx) : null, ctx);
    }

    private static string? ShortForm(string variable, RenderContext ctx) =>
        ctx.Text(variable + "-short")
        ?? (variable == "container-title" ? ctx.Text("journalAbbreviation") : null)
        ?? ctx.Text(variable);

    public static Node? Leaf(Formatting format, Inline content, RenderContext ctx) =>
        content.IsEmpty ? null : Grouped(ctx.Adjust(format), [new LeafNode(content)]);

    /// <summary>The nodes as a group; one node with no formatting renders as itself, so it needs no group around it.</summary>
    private static Node Grouped(Formatting format, Node[] children) =>
        children.Length == 1 && format.IsPlain ? children[0] : new GroupNode(format, children);
}
