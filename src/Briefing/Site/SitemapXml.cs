using System.Text;
using System.Xml;

namespace Briefing.Site;

/// <summary>sitemap.xml (sitemaps.org 0.9) with absolute URLs; lastmod only where the content has a date.</summary>
internal static class SitemapXml
{
    public static byte[] Write(IEnumerable<(string Url, DateOnly? LastModified)> pages)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, lastModified) in pages)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, url);
                if (lastModified is { } date)
                {
                    xml.WriteElementString("lastmod", ns, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
