using AngleSharp.Dom;

namespace Briefing.Import;

/// <summary>How the conversion treats each HTML element: a block, an element left out with its text, or inline.</summary>
internal static class HtmlElements
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CENTER", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT", "FIELDSET",
        "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "LI", "MAIN",
        "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "CAPTION",
        "BODY", "HTML",
    };

    // Never article text, and never safe in it: scripts, embedded frames and objects, forms and their controls.
    private static readonly HashSet<string> Left = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "IFRAME", "FRAME", "FRAMESET", "FORM", "INPUT", "BUTTON", "SELECT", "OPTION",
        "TEXTAREA", "OBJECT", "EMBED", "APPLET", "SVG", "CANVAS", "VIDEO", "AUDIO", "SOURCE", "TRACK", "TEMPLATE",
        "HEAD", "LINK", "META", "BASE", "TITLE", "MAP", "AREA", "PICTURE", "IMG", "PARAM", "LABEL", "OUTPUT", "METER", "PROGRESS",
    };

    public static bool IsBlock(IElement element) => Blocks.Contains(element.TagName.ToUpperInvariant());

    public static bool IsLeftOut(IElement element) => Left.Contains(element.TagName.ToUpperInvariant());

    /// <summary>Whether any element inside is a block: an inline element that holds one is converted as a block.</summary>
    public static bool HoldsBlock(IElement element) =>
        element.Children.Any(child => !IsLeftOut(child) && (IsBlock(child) || HoldsBlock(child)));

    /// <summary>HTML's white space (not the non-breaking space, which is text).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
