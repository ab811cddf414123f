using System.Globalization;
using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Names;

/// <summary>The names element: its variables, labels, the editor-translator merge, count form and substitute.</summary>
internal static class NamesRenderer
{
    public static IEnumerable<Node> Render(NamesElement element, RenderContext ctx)
    {
        var inherit = element.Name is null && element.EtAl is null && element.Label is null ? ctx.Substituting : null;
        var name = element.Name ?? inherit?.Name;
        var etAl = element.EtAl ?? inherit?.EtAl;
        var label = element.Label ?? inherit?.Label;
        var labelBefore = element.Label is null ? inherit?.LabelBeforeName ?? false : element.LabelBeforeName;
        var options = new NameOptions(ctx.Layout.NameOptions, name?.Options);
        ctx.VariablesCalled++;
        var lists = Lists(element.Variables, ctx);
        if (lists.Count == 0)
        {
            return Substitute(element, ctx);
        }
        ctx.VariablesFound++;
        ctx.Found.AddRange(lists.Select(l => l.Variable));
        if (options.Form == "count")
        {
            var count = lists.Sum(l => NameList.Shown(l.Names.Count, options, ctx));
            return count == 0 ? [] : Evaluator.Leaf(element.Format, Inline.Str(count.ToString(CultureInfo.InvariantCulture)), ctx);
        }
        var rendered = new List<Node>();
        foreach (var (variable, names) in lists)
        {
            var text = NameList.Render(variable, names, options, name, etAl, ctx);
            var namesNode = new GroupNode(ctx.Adjust(name?.Format ?? Formatting.None), [new LeafNode(text)]);
            var labelNode = label is null ? null : Label(label, variable, names.Count, ctx);
            List<Node> parts = labelNode is null ? [namesNode] : labelBefore ? [labelNode, namesNode] : [namesNode, labelNode];
            rendered.Add(new TaggedNode(TagKind.Names, new GroupNode(Formatting.None, parts), variable));
        }
        var delimiter = element.Format.Delimiter ?? ctx.Layout.NameOptions.GetValueOrDefault("names-delimiter");
        return [new GroupNode(ctx.Adjust(element.Format) with { Delimiter = delimiter }, rendered)];
    }

    private static List<(string Variable, IReadOnlyList<CslName> Names)> Lists(IReadOnlyList<string> variables, RenderContext ctx)
    {
        var lists = variables.Where(v => !ctx.Suppressed.Contains(v))
            .Select(v => (Variable: v, Names: ctx.Item.Names.GetValueOrDefault(v) ?? []))
            .Where(l => l.Names.Count > 0).ToList();
        var editor = lists.FindIndex(l => l.Variable == "editor");
        var translator = lists.FindIndex(l => l.Variable == "translator");
        if (editor >= 0 && translator >= 0 && lists[editor].Names.SequenceEqual(lists[translator].Names))
        {
            lists[editor] = ("editortranslator", lists[editor].Names);
            lists.RemoveAt(translator);
        }
        return lists;
    }

    private static GroupNode? Label(LabelElement label, string variable, int count, RenderContext ctx)
    {
        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => count > 1,
        };
        var term = ctx.Locale.Term(variable, label.Form, plural);
        return string.IsNullOrEmpty(term) ? null
            : new GroupNode(ctx.Adjust(label.Format), [new LeafNode(RichText.Parse(term, ctx.Locale.Quotes))]);
    }

    private static IEnumerable<Node> Substitute(NamesElement element, RenderContext ctx)
    {
        if (element.Substitute is null)
        {
            return [];
        }
        foreach (var candidate in element.Substitute)
        {
            var previous = ctx.Substituting;
            ctx.Substituting = element;
            var found = ctx.Found.Count;
            var nodes = Evaluator.Evaluate(candidate, ctx).ToList();
            ctx.Substituting = previous;
            if (nodes.Count > 0 && !nodes.All(n => Renderer.Render(n, ctx.Locale).IsEmpty))
            {
                ctx.VariablesFound++;
                ctx.Suppressed.UnionWith(ctx.Found.Skip(found));
                return [new TaggedNode(TagKind.Names, new GroupNode(ctx.Adjust(element.Format) with { Delimiter = null }, nodes), "substitute")];
            }
        }
        return [];
    }
}
