using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Briefing.Content;
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
        var entries = Entries(briefings, site);
        using var stream = new MemoryStream(Math.Max(1 << 16, entries.Length * 1024));
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            Head(xml, site, entries);
            foreach (var at in NewestFirst(entries))
            {
                Entry(xml, entries[at], site);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>Each entry, made on every core: the site-wide pages wait for the feed.</summary>
    private static FeedEntry[] Entries(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site)
    {
        var entries = new FeedEntry[briefings.Count];
        Parallel.For(0, briefings.Count, i => entries[i] = FeedEntry.Of(briefings[i], site));
        return entries;
    }

    /// <summary>The entries' indexes newest first, by slug for the same date, in the order given for the same both.</summary>
    private static int[] NewestFirst(FeedEntry[] entries)
    {
        var order = Enumerable.Range(0, entries.Length).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var byDate = Nullable.Compare(entries[y].Date, entries[x].Date);
            var bySlug = byDate != 0 ? byDate : string.CompareOrdinal(entries[x].Slug, entries[y].Slug);
            return bySlug != 0 ? bySlug : x.CompareTo(y);
        });
        return order;
    }

    /// <summary>The feed's own elements, up to its first entry.</summary>
    private static void Head(XmlWriter xml, SiteSettings site, FeedEntry[] entries)
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

        xml.WriteElementString("updated", Timestamp(entries.Select(e => e.Date).Max()));
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

    private static void Entry(XmlWriter xml, FeedEntry entry, SiteSettings site)
    {
        var url = BriefingPaths.Url(site.BaseUrl, entry.Slug);
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", url);
        xml.WriteElementString("title", entry.Title);
        FeedXml.Link(xml, "alternate", "text/html", url);
        FeedXml.Link(xml, "related", null, entry.SourceUrl);
        xml.WriteElementString("updated", Timestamp(entry.Date));
        if (entry.Published is { } published)
        {
            xml.WriteElementString("published", Timestamp(published));
        }

        foreach (var author in entry.Authors)
        {
            xml.WriteStartElement("author");
            xml.WriteElementString("name", author);
            xml.WriteEndElement();
        }

        foreach (var topic in entry.Topics)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", topic);
            xml.WriteEndElement();
        }

        xml.WriteElementString("summary", entry.Summary);
        xml.WriteElementString("rights", entry.Rights);
        xml.WriteEndElement();
    }

    /// <summary>Midnight UTC of a content date; a site with no dated briefing gets the Unix epoch, not the build time.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.FromDateTime(DateTime.UnixEpoch)).ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}

/// <summary>Everything one entry of the feed shows, resolved from its briefing: the feed is written from these alone.</summary>
internal sealed record FeedEntry(string Slug, string Title, string SourceUrl, DateOnly? Date, DateOnly? Published, ImmutableArray<string> Authors,
    ImmutableArray<string> Topics, string Summary, string Rights)
{
    public static FeedEntry Of(RenderedBriefing briefing, SiteSettings site)
    {
        var a = briefing.Article.Attribution;
        return new FeedEntry(
            briefing.Article.Slug,
            a.Title,
            a.Source.Url,
            a.Date,
            a.Published,
            a.Authors.Length > 0 ? [.. a.Authors.Select(author => author.Name)] : [a.Publisher ?? site.Publisher.Name],
            a.Topics,
            a.Summary ?? $"{a.Title}, republished with {briefing.Notes.Length} editor’s notes.",
            a.Copyright.Notice);
    }
}
