namespace Briefing.Layout;

/// <summary>Where a briefing's files go in the output and its address on the site, spelled in one place.</summary>
internal static class BriefingPaths
{
    /// <summary>The way from a briefing's page back to the site's root, which its relative links start from.</summary>
    public const string Root = "../../";

    /// <summary>The briefing's output folder ("briefings/slug").</summary>
    public static string Folder(string slug) => "briefings/" + slug;

    /// <summary>The files in a briefing's folder: its page and its annotations.</summary>
    public static readonly string[] Files = ["index.html", "annotations.jsonld"];

    public static string Page(string slug) => Folder(slug) + "/" + Files[0];

    public static string Annotations(string slug) => Folder(slug) + "/" + Files[1];

    public static string Url(string baseUrl, string slug) => $"{baseUrl}/{Folder(slug)}/";
}
