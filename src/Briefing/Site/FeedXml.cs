using System.Xml;
using System.Xml.Linq;

namespace Briefing.Site;

/// <summary>What feed.xml and sitemap.xml share: UTF-8 without a byte order mark, two-space indent, "\n" line ends.</summary>
internal static class FeedXml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    /// <summary>An element; empty text is no content, "&lt;name /&gt;", as XmlWriter writes an empty string.</summary>
    public static XElement Element(XName name, params object?[] content) => content is [""] ? new(name) : new(name, content);

    public static byte[] Bytes(XElement root)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            root.Save(xml);
        }

        return stream.ToArray();
    }
}
