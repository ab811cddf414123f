using System.Xml.Linq;

namespace Briefing.Csl.Style;

/// <summary>Reads a style's rendering elements into typed records.</summary>
internal static class StyleReader
{
    private static readonly string[] InheritableNameOptions =
    [
        "and", "delimiter-precedes-et-al", "delimiter-precedes-last", "et-al-min", "et-al-use-first",
        "et-al-subsequent-min", "et-al-subsequent-use-first", "et-al-use-last", "initialize", "initialize-with",
        "name-as-sort-order", "sort-separator", "name-form", "name-delimiter", "names-delimiter",
    ];

    public static Element[] ReadChildren(XElement parent) =>
        [.. parent.Elements().Select(Read).OfType<Element>()];

    public static Element? Read(XElement element) => element.Name.LocalName switch
    {
        "text" => ReadText(element),
        "number" => new NumberElement(Formatting.Read(element), Attr(element, "variable") ?? "", Attr(element, "form") ?? "numeric"),
        "label" => ReadLabel(element),
        "date" => ReadDate(element),
        "group" => new GroupElement(Formatting.Read(element), ReadChildren(element)),
        "choose" => ReadChoose(element),
        "names" => ReadNames(element),
        _ => null,
    };

    public static string? Attr(XElement element, string name) => (string?)element.Attribute(name);

    private static TextElement ReadText(XElement e) => new(
        Formatting.Read(e), Attr(e, "variable"), Attr(e, "form") ?? "long", Attr(e, "macro"), Attr(e, "term"),
        Attr(e, "plural") == "true", Attr(e, "value"));

    private static LabelElement ReadLabel(XElement e) =>
        new(Formatting.Read(e), Attr(e, "variable") ?? "", Attr(e, "form") ?? "long", Attr(e, "plural") ?? "contextual");

    public static Element ReadDate(XElement e)
    {
        var parts = e.Elements().Where(p => p.Name.LocalName == "date-part")
            .Select(p => new DatePartElement(Attr(p, "name") ?? "", Attr(p, "form"), Formatting.Read(p), Attr(p, "range-delimiter")))
            .ToList();
        return new DateElement(Formatting.Read(e), Attr(e, "variable") ?? "", Attr(e, "form"), Attr(e, "date-parts") ?? "year-month-day", parts);
    }

    private static ChooseElement ReadChoose(XElement e) => new([.. e.Elements().Select(branch =>
    {
        var tests = branch.Attributes().Where(a => a.Name.LocalName != "match")
            .SelectMany(a => a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => new ConditionValue(Test(a.Name.LocalName), v)))
            .ToArray();
        var match = Attr(branch, "match") switch
        {
            "any" => ConditionMatch.Any,
            "none" => ConditionMatch.None,
            _ => ConditionMatch.All,
        };
        return new Branch(branch.Name.LocalName == "else" ? null : new Condition(match, tests), ReadChildren(branch));
    })]);

    private static ConditionTest Test(string attribute) => attribute switch
    {
        "type" => ConditionTest.Type,
        "variable" => ConditionTest.Variable,
        "is-numeric" => ConditionTest.IsNumeric,
        "is-uncertain-date" => ConditionTest.IsUncertainDate,
        "locator" => ConditionTest.Locator,
        "position" => ConditionTest.Position,
        "disambiguate" => ConditionTest.Disambiguate,
        _ => ConditionTest.Unknown,
    };

    private static NamesElement ReadNames(XElement e)
    {
        var children = e.Elements().ToList();
        var name = children.FirstOrDefault(c => c.Name.LocalName == "name");
        var etAl = children.FirstOrDefault(c => c.Name.LocalName == "et-al");
        var label = children.FirstOrDefault(c => c.Name.LocalName == "label");
        var substitute = children.FirstOrDefault(c => c.Name.LocalName == "substitute");
        var labelBefore = label is not null && name is not null && children.IndexOf(label) < children.IndexOf(name);
        return new NamesElement(
            Formatting.Read(e),
            (Attr(e, "variable") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            name is null ? null : ReadName(name),
            etAl is null ? null : new EtAlElement(Attr(etAl, "term") ?? "et-al", Formatting.Read(etAl)),
            label is null ? null : ReadLabel(label),
            labelBefore,
            substitute is null ? null : ReadChildren(substitute));
    }

    private static NameElement ReadName(XElement e)
    {
        var options = e.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
        Formatting? Part(string which) => e.Elements()
            .Where(p => p.Name.LocalName == "name-part" && Attr(p, "name") == which)
            .Select(Formatting.Read).FirstOrDefault();
        var format = Formatting.Read(e) with { Delimiter = null };
        return new NameElement(format, options, Part("given"), Part("family"));
    }

    /// <summary>The name options set on style, citation or bibliography, which names elements inherit.</summary>
    public static Dictionary<string, string> NameOptions(XElement? element)
    {
        var options = new Dictionary<string, string>();
        if (element is null)
        {
            return options;
        }
        foreach (var attribute in element.Attributes().Where(a => InheritableNameOptions.Contains(a.Name.LocalName)))
        {
            var key = attribute.Name.LocalName switch
            {
                "name-form" => "form",
                "name-delimiter" => "delimiter",
                var other => other,
            };
            options[key] = attribute.Value;
        }
        return options;
    }

    public static Layout? ReadLayout(XElement? parent, Dictionary<string, string> styleNameOptions, bool affixesInside)
    {
        var layout = parent?.Elements().FirstOrDefault(e => e.Name.LocalName == "layout");
        if (parent is null || layout is null)
        {
            return null;
        }
        var nameOptions = new Dictionary<string, string>(styleNameOptions);
        foreach (var (key, value) in NameOptions(parent))
        {
            nameOptions[key] = value;
        }
        var sort = parent.Elements().Where(e => e.Name.LocalName == "sort").SelectMany(s => s.Elements())
            .Select(k => new SortKey(Attr(k, "variable"), Attr(k, "macro"), Attr(k, "sort") == "descending",
                IntAttr(k, "names-min"), IntAttr(k, "names-use-first"),
                Attr(k, "names-use-last") is { } last ? last == "true" : null))
            .ToList();
        var options = parent.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value);
        return new Layout(Formatting.Read(layout) with { AffixesInside = affixesInside }, ReadChildren(layout), sort, options, nameOptions);
    }

    /// <summary>Points every text element that calls a macro at the macro's elements.</summary>
    public static void ResolveMacros(IEnumerable<Element[]> roots, IReadOnlyDictionary<string, Element[]> macros)
    {
        foreach (var root in roots)
        {
            Resolve(root, macros);
        }
    }

    private static void Resolve(Element[]? elements, IReadOnlyDictionary<string, Element[]> bodies)
    {
        foreach (var element in elements ?? [])
        {
            switch (element)
            {
                case TextElement { Macro: { } name } text:
                    text.Body = bodies.GetValueOrDefault(name) ?? [];
                    break;
                case GroupElement group:
                    Resolve(group.Children, bodies);
                    break;
                case ChooseElement choose:
                    foreach (var branch in choose.Branches)
                    {
                        Resolve(branch.Children, bodies);
                    }
                    break;
                case NamesElement names:
                    Resolve(names.Substitute, bodies);
                    break;
            }
        }
    }

    private static int? IntAttr(XElement e, string name) => int.TryParse(Attr(e, name), out var value) ? value : null;
}
