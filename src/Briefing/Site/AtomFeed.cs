using System.Xml;
using Briefing.Layout;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>
/// feed.xml (Atom 1.0): one entry per briefing, newest first. Every date comes from the content, never
/// from the clock, so the same input always gives the same bytes.
/// </summary>
internal static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site)
    {
        using var stream = new MemoryStream(Math.Max(1 << 16, briefings.Count * 1024));
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            Head(xml, site, briefings.Select(b => b.Article.Attribution.Date).Max());
            // Newest first, by slug for the same date, in the order given for the same both (OrderBy is stable).
            foreach (var briefing in briefings.OrderByDescending(b => b.Article.Attribution.Date).ThenBy(b => b.Article.Slug, StringComparer.Ordinal))
            {
                Entry(xml, briefing, site);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>The feed's own elements, up to its first entry; updated is the newest briefing's date.</summary>
    private static void Head(XmlWriter xml, SiteSettings site, DateOnly? updated)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, site.Language);
        xml.WriteElementString("id", site.BaseUrl + "/");
        xml.WriteElementString("title", site.Title);
        if (site.Description is { } description)
        {
            xml.WriteElementString("subtitle", description);
        }

        xml.WriteElementString("updated", Timestamp(updated));
        FeedXml.Link(xml, "self", "application/atom+xml", site.BaseUrl + "/feed.xml");
        FeedXml.Link(xml, "alternate", "text/html", site.BaseUrl + "/");
        xml.WriteStartElement("author");
        xml.WriteElementString("name", site.Publisher.Name);
        if (site.Publisher.Url is { } url)
        {
            xml.WriteElementString("uri", url);
        }

        xml.WriteEndElement();
    }

    private static void Entry(XmlWriter xml, RenderedBriefing briefing, SiteSettings site)
    {
        var a = briefing.Article.Attribution;
        var url = BriefingPaths.Url(site.BaseUrl, briefing.Article.Slug);
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", url);
        xml.WriteElementString("title", a.Title);
        FeedXml.Link(xml, "alternate", "text/html", url);
        FeedXml.Link(xml, "related", null, a.Source.Url);
        xml.WriteElementString("updated", Timestamp(a.Date));
        if (a.Published is { } published)
        {
            xml.WriteElementString("published", Timestamp(published));
        }

        // A briefing without authors is credited to its publisher, else the site's.
        var authors = a.Authors.Length > 0 ? a.Authors.Select(author => author.Name) : [a.Publisher ?? site.Publisher.Name];
        foreach (var author in authors)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", author);
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

    /// <summary>Midnight UTC of a content date; a site with no dated briefing gets the Unix epoch, not the build time.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
