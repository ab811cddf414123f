namespace Briefing.Csl.Style;

/// <summary>A rendering element of a style's layout or macro.</summary>
internal abstract record Element(Formatting Format);

internal sealed record TextElement(Formatting Format, string? Variable, string Form, string? Macro, string? Term, bool Plural, string? Value)
    : Element(Format)
{
    /// <summary>The named macro's elements (an array compares by reference), found once when the style is compiled.</summary>
    public Element[]? Body { get; set; }
}

internal sealed record NumberElement(Formatting Format, string Variable, string Form) : Element(Format);

internal sealed record LabelElement(Formatting Format, string Variable, string Form, string Plural) : Element(Format);

internal sealed record DatePartElement(string Name, string? Form, Formatting Format, string? RangeDelimiter);

internal sealed record DateElement(Formatting Format, string Variable, string? Form, string DateParts, IReadOnlyList<DatePartElement> Parts)
    : Element(Format);

internal sealed record GroupElement(Formatting Format, Element[] Children) : Element(Format);

internal enum ConditionMatch { All, Any, None }

internal enum ConditionTest { Type, Variable, IsNumeric, IsUncertainDate, Locator, Position, Disambiguate, Unknown }

/// <summary>One test of a condition, its attribute read into a kind once.</summary>
internal readonly record struct ConditionValue(ConditionTest Test, string Value);

internal sealed record Condition(ConditionMatch Match, ConditionValue[] Tests)
{
    /// <summary>The types tested, when the condition tests known types alone (<see cref="ItemTypes.Mask"/>); else 0.</summary>
    public ulong TypeMask { get; } = ItemTypes.Mask(Tests);
}

/// <summary>A branch of a choose element (null condition: else); a value, so that a choose's branches lie side by side.</summary>
internal readonly record struct Branch(Condition? Condition, Element[] Children)
{
    /// <summary>The condition's <see cref="Condition.TypeMask"/>, kept here to be read without the condition.</summary>
    public ulong TypeMask { get; } = Condition?.TypeMask ?? 0;

    public ConditionMatch Match { get; } = Condition?.Match ?? ConditionMatch.All;
}

internal sealed record ChooseElement(Branch[] Branches) : Element(Formatting.None);

/// <summary>A name element: its attributes stay a dictionary so that inherited options merge under them.</summary>
internal sealed record NameElement(Formatting Format, IReadOnlyDictionary<string, string> Options, Formatting? Given, Formatting? Family);

internal sealed record EtAlElement(string Term, Formatting Format);

internal sealed record NamesElement(
    Formatting Format,
    IReadOnlyList<string> Variables,
    NameElement? Name,
    EtAlElement? EtAl,
    LabelElement? Label,
    bool LabelBeforeName,
    Element[]? Substitute) : Element(Format);

internal sealed record SortKey(string? Variable, string? Macro, bool Descending, int? NamesMin, int? NamesUseFirst, bool? NamesUseLast);

/// <summary>The citation or bibliography element: its layout, sort and options.</summary>
internal sealed record Layout(
    Formatting Format,
    Element[] Children,
    IReadOnlyList<SortKey> Sort,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyDictionary<string, string> NameOptions)
{
    public string Option(string name, string fallback = "") => Options.TryGetValue(name, out var value) ? value : fallback;
}
