using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
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
        // Each entry (and its key, for a build that keeps them) made on every core, as a rebuild waits for
        // the feed; then newest first, by slug for the same date, in the order given for the same both.
        var entries = new FeedEntry[briefings.Count];
        var keys = fragments is null ? null : new UInt128[briefings.Count];
        Parallel.For(0, briefings.Count, i =>
        {
            entries[i] = FeedEntry.Of(briefings[i], site);
            if (keys is not null)
            {
                keys[i] = entries[i].KeyAsNumber();
            }
        });

        var order = new int[entries.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) =>
        {
            var byDate = Nullable.Compare(entries[y].Date, entries[x].Date);
            var bySlug = byDate != 0 ? byDate : string.CompareOrdinal(entries[x].Slug, entries[y].Slug);
            return bySlug != 0 ? bySlug : x.CompareTo(y);
        });
        var xml = new XmlOut()
            .Start(0, "feed", ("xml:lang", site.Language), ("xmlns", Atom))
            .Element(1, "id", site.BaseUrl + "/")
            .Element(1, "title", site.Title);
        if (site.Description is { } description)
        {
            xml.Element(1, "subtitle", description);
        }

        xml.Element(1, "updated", Timestamp(entries.Select(e => e.Date).Max()))
            .Empty(1, "link", ("rel", "self"), ("type", "application/atom+xml"), ("href", site.BaseUrl + "/feed.xml"))
            .Empty(1, "link", ("rel", "alternate"), ("type", "text/html"), ("href", site.BaseUrl + "/"))
            .Start(1, "author")
            .Element(2, "name", site.Publisher.Name);
        if (site.Publisher.Url is { } url)
        {
            xml.Element(2, "uri", url);
        }

        xml.End(1, "author");
        if (fragments is null)
        {
            foreach (var at in order)
            {
                Entry(xml, entries[at], site);
            }

            return xml.End(0, "feed").ToUtf8();
        }

        // Entry by entry in UTF-8: an entry the last build's feed has (by its key, which covers all it
        // shows; the base URL is in the cache's key) is copied from it, any other is written; the place
        // of each is noted for the next build.
        using var output = new Output.PooledBytes(Math.Max(1 << 16, entries.Length * 1024));
        xml.WriteUtf8To(output);
        var places = new List<(FragmentKey, int, int)>(entries.Length);
        var piece = XmlOut.Piece();
        foreach (var at in order)
        {
            var entry = entries[at];
            var key = new FragmentKey(FragmentLoop, keys![at]);
            var offset = output.WrittenCount;
            if (fragments.TryGetPrevious(key, out var bytes))
            {
                output.Write(bytes);
            }
            else
            {
                Entry(piece.Clear(), entry, site);
                piece.WriteUtf8To(output);
                fragments.CountMade();
            }

            places.Add((key, offset, output.WrittenCount - offset));
        }

        piece.Clear().End(0, "feed").WriteUtf8To(output);
        var feed = output.ToArray();
        fragments.Place(feed, places);
        return feed;
    }

    /// <summary>
    /// Whether two versions of a briefing (before and after an edit) give the same feed entry, so that
    /// an incremental build can leave feed.xml as it is. What the feed shows of the site itself is in
    /// the build cache's key.
    /// </summary>
    public static bool SameEntry(RenderedBriefing before, RenderedBriefing after, SiteSettings site) =>
        FeedEntry.Of(before, site).Key() == FeedEntry.Of(after, site).Key();

    private static void Entry(XmlOut xml, FeedEntry entry, SiteSettings site)
    {
        var url = $"{site.BaseUrl}/briefings/{entry.Slug}/";
        xml.Start(1, "entry")
            .Element(2, "id", url)
            .Element(2, "title", entry.Title)
            .Empty(2, "link", ("rel", "alternate"), ("type", "text/html"), ("href", url))
            .Empty(2, "link", ("rel", "related"), ("href", entry.SourceUrl))
            .Element(2, "updated", Timestamp(entry.Date));
        if (entry.Published is { } published)
        {
            xml.Element(2, "published", Timestamp(published));
        }

        foreach (var author in entry.Authors)
        {
            xml.Start(2, "author").Element(3, "name", author).End(2, "author");
        }

        foreach (var topic in entry.Topics)
        {
            xml.Empty(2, "category", ("term", topic));
        }

        xml.Element(2, "summary", entry.Summary)
            .Element(2, "rights", entry.Rights)
            .End(1, "entry");
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
