using System.Globalization;
using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Names;

/// <summary>The names element: its variables, labels, the editor-translator merge, count form and substitute.</summary>
internal static class NamesRenderer
{
    public static Node? Render(NamesElement element, RenderContext ctx)
    {
        var outer = ctx.Substituting;
        var name = element.Name ?? outer?.Name;
        var etAl = element.EtAl ?? outer?.EtAl;
        var label = ctx.InSortKey ? null : element.Label ?? outer?.Label;
        var labelBefore = element.Name is not null && element.Label is not null ? element.LabelBeforeName : outer?.LabelBeforeName ?? element.LabelBeforeName;
        ctx.VariablesCalled++;
        var lists = Lists(element.Variables, label, ctx);
        if (lists.Count == 0)
        {
            return outer is null ? Substitute(element, ctx) : null;
        }
        var options = new NameOptions(ctx.Layout.NameOptions, name?.Options);
        ctx.VariablesFound++;
        foreach (var (variable, _) in lists)
        {
            ctx.Found.Add(variable == "editortranslator" ? "editor" : variable);
            if (ctx.Substituting is not null)
            {
                ctx.Suppressed.Add(variable);
            }
        }
        var format = ctx.Adjust(element.Format);
        var nameFormat = Merge(name?.Format ?? Formatting.None, format);
        var rendered = new List<Node>();
        var total = 0;
        foreach (var (variable, names) in lists)
        {
            var (text, shown) = NameList.Render(names, options, name, nameFormat, etAl, ctx);
            total += shown;
            var namesNode = new LeafNode(text);
            var labelNode = label is null ? null : Label(label, variable, names.Count, ctx);
            Node[] parts = labelNode is null ? [namesNode] : labelBefore ? [labelNode, namesNode] : [namesNode, labelNode];
            rendered.Add(new TaggedNode(TagKind.Names, new GroupNode(Formatting.None, parts), Key(names)) { Names = names });
        }
        if (options.Form == "count")
        {
            return total == 0 ? null : new LeafNode(Inline.Str(total.ToString(CultureInfo.InvariantCulture)));
        }
        var delimiter = element.Format.Delimiter ?? ctx.Layout.NameOptions.GetValueOrDefault("names-delimiter");
        return new GroupNode(Formatting.None with { Prefix = format.Prefix, Suffix = format.Suffix, Delimiter = delimiter }, [.. rendered]);
    }

    private static string Key(IReadOnlyList<CslName> names) =>
        names.Count == 1 ? NameFormatter.Key(names[0]) : string.Join(";", [.. names.Select(NameFormatter.Key)]);

    /// <summary>The name element's formatting, with the names element's fonts where the name element sets none.</summary>
    private static Formatting Merge(Formatting name, Formatting names) => names.IsPlain ? name : name with
    {
        FontStyle = name.FontStyle ?? names.FontStyle,
        FontVariant = name.FontVariant ?? names.FontVariant,
        FontWeight = name.FontWeight ?? names.FontWeight,
        TextDecoration = name.TextDecoration ?? names.TextDecoration,
        VerticalAlign = name.VerticalAlign ?? names.VerticalAlign,
        TextCase = name.TextCase ?? names.TextCase,
        Display = name.Display ?? names.Display,
        Quotes = name.Quotes || names.Quotes,
        StripPeriods = name.StripPeriods || names.StripPeriods,
    };

    // What Lists finds where the item has none of the names: never changed.
    private static readonly List<(string Variable, IReadOnlyList<CslName> Names)> NoLists = [];

    private static List<(string Variable, IReadOnlyList<CslName> Names)> Lists(IReadOnlyList<string> variables, LabelElement? label, RenderContext ctx)
    {
        List<(string Variable, IReadOnlyList<CslName> Names)>? lists = null;
        for (var i = 0; i < variables.Count; i++)
        {
            var variable = variables[i];
            if (!ctx.Suppressed.Contains(variable) && ctx.Item.Names.TryGetValue(variable, out var names) && names.Count > 0)
            {
                (lists ??= new(variables.Count)).Add((variable, names));
            }
        }
        if (lists is null)
        {
            return NoLists;
        }
        var editor = lists.FindIndex(l => l.Variable == "editor");
        var translator = lists.FindIndex(l => l.Variable == "translator");
        if (editor >= 0 && translator >= 0 && lists[editor].Names.SequenceEqual(lists[translator].Names)
            && !string.IsNullOrEmpty(ctx.Locale.Term("editortranslator", label?.Form ?? "long", false)))
        {
            lists[editor] = ("editortranslator", lists[editor].Names);
            lists.RemoveAt(translator);
        }
        return lists;
    }

    private static Node? Label(LabelElement label, string variable, int count, RenderContext ctx)
    {
        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => count > 1,
        };
        var term = ctx.Locale.Term(variable, label.Form, plural);
        return string.IsNullOrEmpty(term) ? null : Numbers.LabelNode(label.Format, term, ctx);
    }

    private static Node? Substitute(NamesElement element, RenderContext ctx)
    {
        if (element.Substitute is null)
        {
            return null;
        }
        foreach (var candidate in element.Substitute)
        {
            ctx.Substituting = element;
            var found = ctx.Found.Count;
            var nodes = new List<Node>();
            Evaluator.Evaluate(candidate, ctx, nodes);
            ctx.Substituting = null;
            if (nodes.Count > 0 && !nodes.TrueForAll(n => Renderer.IsBlank(n, ctx.Locale)))
            {
                ctx.VariablesFound++;
                ctx.Suppressed.UnionWith(ctx.Found.Skip(found));
                var group = new GroupNode(ctx.Adjust(element.Format) with { Delimiter = null }, [.. nodes]);
                return nodes.Exists(n => n.Find(TagKind.Names).Count > 0) ? group : new TaggedNode(TagKind.Names, group, "");
            }
        }
        return null;
    }
}
