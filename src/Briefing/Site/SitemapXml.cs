using System.Xml.Linq;
using static Briefing.Site.FeedXml;

namespace Briefing.Site;

/// <summary>sitemap.xml (sitemaps.org 0.9) with absolute URLs; lastmod only where the content has a date.</summary>
internal static class SitemapXml
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<(string Url, DateOnly? LastModified)> pages) =>
        Bytes(Element(Sitemaps + "urlset", pages.Select(page => Element(Sitemaps + "url",
            Element(Sitemaps + "loc", page.Url),
            page.LastModified is { } date ? Element(Sitemaps + "lastmod", date.ToString("O", CultureInfo.InvariantCulture)) : null))));
}
