using System.Xml.Linq;
using Briefing.Layout;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>feed.xml (Atom 1.0), newest first; every date comes from the content, never the clock: same input, same bytes.</summary>
internal static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site)
    {
        // Newest first, by slug for the same date, in the order given for the same both (OrderBy is stable).
        var entries = briefings.OrderByDescending(b => b.Article.Attribution.Date).ThenBy(b => b.Article.Slug, StringComparer.Ordinal);
        return FeedXml.Bytes(Element("feed",
            new XAttribute(XNamespace.Xml + "lang", site.Language),
            Element("id", site.BaseUrl + "/"),
            Element("title", site.Title),
            site.Description is { } description ? Element("subtitle", description) : null,
            Element("updated", Timestamp(briefings.Select(b => b.Article.Attribution.Date).Max())), // the newest briefing's date
            Link("self", "application/atom+xml", site.BaseUrl + "/feed.xml"),
            Link("alternate", "text/html", site.BaseUrl + "/"),
            Element("author", Element("name", site.Publisher.Name), site.Publisher.Url is { } url ? Element("uri", url) : null),
            entries.Select(briefing => Entry(briefing, site))));
    }

    private static XElement Entry(RenderedBriefing briefing, SiteSettings site)
    {
        var a = briefing.Article.Attribution;
        var url = BriefingPaths.Url(site.BaseUrl, briefing.Article.Slug);

        // A briefing without authors is credited to its publisher, else the site's.
        var authors = a.Authors.Length > 0 ? a.Authors.Select(author => author.Name) : [a.Publisher ?? site.Publisher.Name];
        return Element("entry",
            Element("id", url),
            Element("title", a.Title),
            Link("alternate", "text/html", url),
            Link("related", null, a.Source.Url),
            Element("updated", Timestamp(a.Date)),
            a.Published is { } published ? Element("published", Timestamp(published)) : null,
            authors.Select(author => Element("author", Element("name", author))),
            a.Topics.Select(topic => Element("category", new XAttribute("term", topic))),
            Element("summary", a.Summary ?? $"{a.Title}, republished with {briefing.Notes.Length} editor’s notes."),
            Element("rights", a.Copyright.Notice));
    }

    private static XElement Element(string name, params object?[] content) => FeedXml.Element(Atom + name, content);

    /// <summary>An Atom link; <paramref name="type"/> left out when null.</summary>
    private static XElement Link(string rel, string? type, string href) =>
        Element("link", new XAttribute("rel", rel), type is null ? null : new XAttribute("type", type), new XAttribute("href", href));

    /// <summary>Midnight UTC of a content date; a site with no dated briefing gets the Unix epoch, not the build time.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
