namespace Briefing.Layout;

/// <summary>The way from a page back to the root: the site works at any sub-path and from disk, so links name index.html.</summary>
internal static class SiteRoot
{
    /// <summary>"briefings/x/index.html" → "../../"; "index.html" → "".</summary>
    public static string From(string pagePath) => string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));

    /// <summary>404.html is served at any address, so its links start at the base URL's path ("/annotated/").</summary>
    public static string ForNotFound(SiteSettings site) => new Uri(site.BaseUrl + "/").AbsolutePath;

    /// <summary>A page's link from the root: "topics/china/" → "topics/china/index.html", "" → "index.html".</summary>
    public static string Page(string folder) => folder.TrimStart('/') + "index.html";

    /// <summary>A link written from the site's root, as the page at <paramref name="root"/> reaches it: "/about/#x" → "../about/index.html#x".</summary>
    public static string Relative(string rootLink, string root)
    {
        var end = rootLink.IndexOfAny(['?', '#']) is var i and >= 0 ? i : rootLink.Length;
        var path = rootLink[1..end];
        return root + (path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path) + rootLink[end..];
    }
}
