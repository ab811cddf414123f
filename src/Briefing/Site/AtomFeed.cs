using System.Globalization;
using System.Text;
using System.Xml;
using Briefing.Content;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>
/// feed.xml (Atom 1.0): one entry per briefing, newest first. Every date comes from the content, never
/// from the clock, so the same input always gives the same bytes.
/// </summary>
internal static class AtomFeed
{
    public static byte[] Write(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site)
    {
        var ordered = briefings.OrderByDescending(b => b.Article.Attribution.Date).ThenBy(b => b.Article.Slug, StringComparer.Ordinal).ToList();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, site.Language);
            xml.WriteElementString("id", site.BaseUrl + "/");
            xml.WriteElementString("title", site.Title);
            if (site.Description is { } description)
            {
                xml.WriteElementString("subtitle", description);
            }

            xml.WriteElementString("updated", Timestamp(ordered.Select(b => b.Article.Attribution.Date).Max()));
            Link(xml, "self", site.BaseUrl + "/feed.xml", "application/atom+xml");
            Link(xml, "alternate", site.BaseUrl + "/", "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Publisher.Name);
            if (site.Publisher.Url is { } url)
            {
                xml.WriteElementString("uri", url);
            }

            xml.WriteEndElement();
            foreach (var briefing in ordered)
            {
                Entry(xml, briefing, site);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Entry(XmlWriter xml, RenderedBriefing briefing, SiteSettings site)
    {
        var a = briefing.Article.Attribution;
        var url = $"{site.BaseUrl}/briefings/{briefing.Article.Slug}/";
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", url);
        xml.WriteElementString("title", a.Title);
        Link(xml, "alternate", url, "text/html");
        Link(xml, "related", a.Source.Url, null);
        xml.WriteElementString("updated", Timestamp(a.Date));
        if (a.Published is { } published)
        {
            xml.WriteElementString("published", Timestamp(published));
        }

        foreach (var author in a.Authors)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", author.Name);
            xml.WriteEndElement();
        }

        if (a.Authors.Length == 0)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", a.Publisher ?? site.Publisher.Name);
            xml.WriteEndElement();
        }

        foreach (var topic in a.Topics)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", topic);
            xml.WriteEndElement();
        }

        xml.WriteElementString("summary", a.Summary ?? $"{a.Title}, republished with {briefing.Notes.Length} editor’s notes.");
        xml.WriteElementString("rights", a.Copyright.Notice);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type)
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

    /// <summary>Midnight UTC of a content date; a site with no dated briefing gets the Unix epoch, not the build time.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
