using System.Xml.Linq;

namespace Briefing.Csl.Style;

/// <summary>The formatting attributes any rendering element may carry.</summary>
internal sealed record Formatting
{
    public static readonly Formatting None = new();

    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public string? Delimiter { get; init; }
    public string? FontStyle { get; init; }
    public string? FontVariant { get; init; }
    public string? FontWeight { get; init; }
    public string? TextDecoration { get; init; }
    public string? VerticalAlign { get; init; }
    public string? TextCase { get; init; }
    public string? Display { get; init; }
    public bool Quotes { get; init; }
    public bool StripPeriods { get; init; }

    /// <summary>Affixes go inside the font formatting (layout, where the affixes belong to the citation).</summary>
    public bool AffixesInside { get; init; }

    /// <summary>Whether the formatting sets nothing (equals <see cref="None"/>), told from its fields alone.</summary>
    public bool IsPlain => Prefix is null && Suffix is null && Delimiter is null && FontStyle is null && FontVariant is null && FontWeight is null
        && TextDecoration is null && VerticalAlign is null && TextCase is null && Display is null && !Quotes && !StripPeriods && !AffixesInside;

    /// <summary>The element's formatting; one shared instance for the many elements that set none.</summary>
    public static Formatting Read(XElement element)
    {
        var format = ReadAttributes(element);
        return format.IsPlain ? None : format;
    }

    private static Formatting ReadAttributes(XElement element) => new()
    {
        Prefix = (string?)element.Attribute("prefix"),
        Suffix = (string?)element.Attribute("suffix"),
        Delimiter = (string?)element.Attribute("delimiter"),
        FontStyle = (string?)element.Attribute("font-style"),
        FontVariant = (string?)element.Attribute("font-variant"),
        FontWeight = (string?)element.Attribute("font-weight"),
        TextDecoration = (string?)element.Attribute("text-decoration"),
        VerticalAlign = (string?)element.Attribute("vertical-align"),
        TextCase = (string?)element.Attribute("text-case"),
        Display = (string?)element.Attribute("display"),
        Quotes = (string?)element.Attribute("quotes") == "true",
        StripPeriods = (string?)element.Attribute("strip-periods") == "true",
    };
}
