using System.Globalization;
using Briefing.Content;
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
        var ordered = briefings.OrderByDescending(b => b.Article.Attribution.Date).ThenBy(b => b.Article.Slug, StringComparer.Ordinal).ToList();
        var xml = new XmlOut()
            .Start(0, "feed", ("xml:lang", site.Language), ("xmlns", Atom))
            .Element(1, "id", site.BaseUrl + "/")
            .Element(1, "title", site.Title);
        if (site.Description is { } description)
        {
            xml.Element(1, "subtitle", description);
        }

        xml.Element(1, "updated", Timestamp(ordered.Select(b => b.Article.Attribution.Date).Max()))
            .Empty(1, "link", ("rel", "self"), ("type", "application/atom+xml"), ("href", site.BaseUrl + "/feed.xml"))
            .Empty(1, "link", ("rel", "alternate"), ("type", "text/html"), ("href", site.BaseUrl + "/"))
            .Start(1, "author")
            .Element(2, "name", site.Publisher.Name);
        if (site.Publisher.Url is { } url)
        {
            xml.Element(2, "uri", url);
        }

        xml.End(1, "author");
        foreach (var briefing in ordered)
        {
            Entry(xml, briefing, site);
        }

        return xml.End(0, "feed").ToUtf8();
    }

    private static void Entry(XmlOut xml, RenderedBriefing briefing, SiteSettings site)
    {
        var a = briefing.Article.Attribution;
        var url = $"{site.BaseUrl}/briefings/{briefing.Article.Slug}/";
        xml.Start(1, "entry")
            .Element(2, "id", url)
            .Element(2, "title", a.Title)
            .Empty(2, "link", ("rel", "alternate"), ("type", "text/html"), ("href", url))
            .Empty(2, "link", ("rel", "related"), ("href", a.Source.Url))
            .Element(2, "updated", Timestamp(a.Date));
        if (a.Published is { } published)
        {
            xml.Element(2, "published", Timestamp(published));
        }

        foreach (var author in a.Authors)
        {
            xml.Start(2, "author").Element(3, "name", author.Name).End(2, "author");
        }

        if (a.Authors.Length == 0)
        {
            xml.Start(2, "author").Element(3, "name", a.Publisher ?? site.Publisher.Name).End(2, "author");
        }

        foreach (var topic in a.Topics)
        {
            xml.Empty(2, "category", ("term", topic));
        }

        xml.Element(2, "summary", a.Summary ?? $"{a.Title}, republished with {briefing.Notes.Length} editor’s notes.")
            .Element(2, "rights", a.Copyright.Notice)
            .End(1, "entry");
    }

    /// <summary>Midnight UTC of a content date; a site with no dated briefing gets the Unix epoch, not the build time.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
