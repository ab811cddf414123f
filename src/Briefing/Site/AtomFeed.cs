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

    /// <summary>Which loop the feed's entries are, in a <see cref="FragmentKey"/> (no layout's loop is negative).</summary>
    internal const int FragmentLoop = -1;

    /// <param name="fragments">The entries to take from the last build and the page to give them to (see <see cref="ListFragments"/>); null to write every entry.</param>
    public static byte[] Write(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site, FragmentPage? fragments = null)
    {
        var (entries, keys) = Entries(briefings, site, keyed: fragments is not null);
        using var stream = new MemoryStream(Math.Max(1 << 16, entries.Length * 1024));
        var places = new List<(FragmentKey, int, int)>(entries.Length);
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            Head(xml, site, entries);
            foreach (var at in NewestFirst(entries))
            {
                if (fragments is null)
                {
                    Entry(xml, entries[at], site);
                    continue;
                }

                // An entry the last build's feed has (by its key, which covers all it shows; the base URL
                // is in the cache's key) is copied from it, any other is written; the place of each is
                // noted for the next build.
                xml.Flush();
                var key = new FragmentKey(FragmentLoop, keys![at]);
                var offset = (int)stream.Position;
                if (fragments.TryGetPrevious(key, out var bytes))
                {
                    stream.Write(bytes);
                }
                else
                {
                    Entry(xml, entries[at], site);
                    xml.Flush();
                    fragments.CountMade();
                }

                places.Add((key, offset, (int)stream.Position - offset));
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        var feed = stream.ToArray();
        fragments?.Place(feed, places);
        return feed;
    }

    /// <summary>Each entry (and its key, for a build that keeps them), made on every core: a rebuild waits for the feed.</summary>
    private static (FeedEntry[] Entries, UInt128[]? Keys) Entries(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site, bool keyed)
    {
        var entries = new FeedEntry[briefings.Count];
        var keys = keyed ? new UInt128[briefings.Count] : null;
        Parallel.For(0, briefings.Count, i =>
        {
            entries[i] = FeedEntry.Of(briefings[i], site);
            if (keys is not null)
            {
                keys[i] = entries[i].KeyAsNumber();
            }
        });
        return (entries, keys);
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

    /// <summary>
    /// Whether two versions of a briefing (before and after an edit) give the same feed entry, so that
    /// an incremental build can leave feed.xml as it is. What the feed shows of the site itself is in
    /// the build cache's key.
    /// </summary>
    public static bool SameEntry(RenderedBriefing before, RenderedBriefing after, SiteSettings site) =>
        FeedEntry.Of(before, site).Key() == FeedEntry.Of(after, site).Key();

    private static void Entry(XmlWriter xml, FeedEntry entry, SiteSettings site)
    {
        var url = $"{site.BaseUrl}/briefings/{entry.Slug}/";
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

/// <summary>
/// Everything one entry of the feed shows, resolved from its briefing. The feed is written from these
/// alone, and <see cref="Key"/> covers every field: a field added here and left out of the key fails
/// FeedKeyTests.
/// </summary>
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

    /// <summary>A key that changes with any field of the entry.</summary>
    public string Key() => Fill().Finish();

    /// <summary>The same key as a number.</summary>
    public UInt128 KeyAsNumber() => Fill().FinishAsNumber();

    private PageKey Fill()
    {
        var key = PageKey.ForThread();
        key.Add(Slug).Add(Title).Add(SourceUrl).Add(Date).Add(Published).Add(Authors.Length);
        foreach (var author in Authors)
        {
            key.Add(author);
        }

        key.Add(Topics.Length);
        foreach (var topic in Topics)
        {
            key.Add(topic);
        }

        return key.Add(Summary).Add(Rights);
    }
}
