using System.Xml;

namespace Briefing.Site;

/// <summary>sitemap.xml (sitemaps.org 0.9) with absolute URLs; lastmod only where the content has a date.</summary>
internal static class SitemapXml
{
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(IEnumerable<(string Url, DateOnly? LastModified)> pages)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Sitemaps);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, url);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Sitemaps, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
