using System.Xml;

namespace Briefing.Site;

/// <summary>What feed.xml and sitemap.xml share: UTF-8 without a byte order mark, two-space indent, "\n" line ends.</summary>
internal static class FeedXml
{
    public static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    /// <summary>An Atom link; <paramref name="type"/> left out when null.</summary>
    public static void Link(XmlWriter xml, string rel, string? type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
