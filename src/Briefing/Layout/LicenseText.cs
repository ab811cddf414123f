using Briefing.Html;

namespace Briefing.Layout;

/// <summary>What a briefing page says about the terms it republishes the text under.</summary>
internal static class LicenseText
{
    /// <summary>The opening of the notes' introduction: "Republished with permission", or the licence.</summary>
    public static string Republished(License? license) => license switch
    {
        null => "Republished with permission",
        { IsPublicDomain: true } => "A public-domain text",
        _ => $"Republished under {HtmlText.Escape(license.Name)}",
    };

    /// <summary>The licence statement as HTML, its name linked to the licence (the deed for Creative Commons); empty without one.</summary>
    public static string Html(License? license) => license switch
    {
        null => "",
        { IsPublicDomain: true } => HtmlText.Escape(license.Statement),
        _ => $"This text is available under the <a rel=\"license\" href=\"{HtmlText.Escape(license.Url)}\">{HtmlText.Escape(license.Name)}</a> licence.",
    };
}
