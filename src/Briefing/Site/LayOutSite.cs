using Briefing.Layout;
using Briefing.Output;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>
/// Stage: the site-wide outputs, once every briefing is rendered — index, topic pages, the pages of
/// input/pages, 404, sitemap.xml, feed.xml and robots.txt — and each briefing's annotations.jsonld, made with
/// its page.
/// </summary>
internal static class LayOutSite
{
    public static IReadOnlyList<SiteFile> Run(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<ContentPage> contentPages,
        SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        var topics = Topic.Collect(briefings);

        // The index, each topic page and the feed each go through every briefing they list: made side
        // by side, then put in a fixed order.
        var items = new ListItems(briefings);
        var work = new List<Func<SiteFile?>>
        {
            () => LayOutPages.Index(briefings, topics, items, site, theme, diagnostics),
            () => LayOutPages.NotFound(site, theme, diagnostics),
            () => LayOutPages.Search(site, theme, diagnostics),
        };
        work.AddRange(topics.Select(t => (Func<SiteFile?>)(() => LayOutPages.Topic(t, items, site, theme, diagnostics))));
        work.AddRange(contentPages.Select(p => (Func<SiteFile?>)(() => LayOutPages.Page(p, site, theme, diagnostics))));
        work.Add(() => new SiteFile("sitemap.xml", SitemapXml.Write(Sitemap(briefings, topics, contentPages, site))));

        // The longest two first, one on each core (the feed and the index each go through every
        // briefing), then the rest as cores come free: in order, one on the core that finished first
        // would wait for the other.
        var order = Enumerable.Range(0, work.Count).ToList();
        work.Add(() => new SiteFile("feed.xml", AtomFeed.Write(briefings, site)));
        order.Insert(0, work.Count - 1);

        var made = new SiteFile?[work.Count];
        var next = -1;
        Parallel.For(0, Math.Min(Environment.ProcessorCount, work.Count), _ =>
        {
            for (var at = Interlocked.Increment(ref next); at < order.Count; at = Interlocked.Increment(ref next))
            {
                made[order[at]] = work[order[at]]();
            }
        });

        var files = made.OfType<SiteFile>().ToList();
        var robots = site.NoIndex ? "User-agent: *\nDisallow: /\n" : $"User-agent: *\nAllow: /\n\nSitemap: {site.BaseUrl}/sitemap.xml\n";
        files.Add(new SiteFile("robots.txt", Encoding.UTF8.GetBytes(robots)));
        return files;
    }

    /// <summary>What sitemap.xml lists: each page's URL and the date of its content.</summary>
    private static List<(string Url, DateOnly? LastModified)> Sitemap(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<Topic> topics,
        IReadOnlyList<ContentPage> contentPages, SiteSettings site)
    {
        var newest = briefings.Select(b => b.Article.Attribution.Date).Max();
        var sitemap = new List<(string, DateOnly?)> { ($"{site.BaseUrl}/", newest) };
        sitemap.AddRange(briefings.OrderBy(b => b.Article.Slug, StringComparer.Ordinal)
            .Select(b => (BriefingPaths.Url(site.BaseUrl, b.Article.Slug), b.Article.Attribution.Date)));
        sitemap.AddRange(topics.Select(t => ($"{site.BaseUrl}/{t.Path}", t.Briefings.Select(b => b.Article.Attribution.Date).Max())));
        sitemap.AddRange(contentPages.Select(p => ($"{site.BaseUrl}/{p.Path}", (DateOnly?)null)));
        return sitemap;
    }
}
