using Briefing.Layout;
using Briefing.Output;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>Stage: the site-wide files, once every briefing is rendered: index, topics, pages, 404, sitemap, feed, robots.txt.</summary>
internal static class LayOutSite
{
    public static IReadOnlyList<SiteFile> Run(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<ContentPage> contentPages,
        SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        var topics = Topic.Collect(briefings);

        // Made side by side, in a fixed order: the longest two first (the feed, last, and the index, first, each go
        // through every briefing), one on each core, then the rest as cores come free.
        var items = new ListItems(briefings);
        List<Func<SiteFile?>> work =
        [
            () => LayOutPages.Index(briefings, topics, items, site, theme, diagnostics),
            () => LayOutPages.NotFound(site, theme, diagnostics),
            () => LayOutPages.Search(site, theme, diagnostics),
            .. topics.Select(t => (Func<SiteFile?>)(() => LayOutPages.Topic(t, items, site, theme, diagnostics))),
            .. contentPages.Select(p => (Func<SiteFile?>)(() => LayOutPages.Page(p, site, theme, diagnostics))),
            () => new SiteFile("sitemap.xml", SitemapXml.Write(Sitemap(briefings, topics, contentPages, site))),
            () => new SiteFile("feed.xml", AtomFeed.Write(briefings, site)),
        ];

        var made = new SiteFile?[work.Count];
        BuildBriefings.ForEach(work.Count, i =>
        {
            var at = (i + work.Count - 1) % work.Count;
            made[at] = work[at]();
        });

        var files = made.OfType<SiteFile>().ToList();
        var robots = site.NoIndex ? "User-agent: *\nDisallow: /\n" : $"User-agent: *\nAllow: /\n\nSitemap: {site.BaseUrl}/sitemap.xml\n";
        files.Add(new SiteFile("robots.txt", Encoding.UTF8.GetBytes(robots)));
        return files;
    }

    /// <summary>What sitemap.xml lists: each page's URL and the date of its content.</summary>
    private static List<(string Url, DateOnly? LastModified)> Sitemap(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<Topic> topics,
        IReadOnlyList<ContentPage> contentPages, SiteSettings site) =>
    [
        ($"{site.BaseUrl}/", briefings.Select(b => b.Article.Attribution.Date).Max()),
        .. briefings.OrderBy(b => b.Article.Slug, StringComparer.Ordinal)
            .Select(b => (BriefingPaths.Url(site.BaseUrl, b.Article.Slug), b.Article.Attribution.Date)),
        .. topics.Select(t => ($"{site.BaseUrl}/{t.Path}", t.Briefings.Select(b => b.Article.Attribution.Date).Max())),
        .. contentPages.Select(p => ($"{site.BaseUrl}/{p.Path}", (DateOnly?)null)),
    ];
}
