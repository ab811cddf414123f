namespace Briefing.Site;

/// <summary>sitemap.xml (sitemaps.org 0.9) with absolute URLs; lastmod only where the content has a date.</summary>
internal static class SitemapXml
{
    public static byte[] Write(IEnumerable<(string Url, DateOnly? LastModified)> pages)
    {
        var xml = new XmlOut().Start(0, "urlset", ("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
        foreach (var (url, lastModified) in pages)
        {
            xml.Start(1, "url").Element(2, "loc", url);
            if (lastModified is { } date)
            {
                xml.Element(2, "lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            xml.End(1, "url");
        }

        return xml.End(0, "urlset").ToUtf8();
    }
}
