using System.Text;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Output;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>
/// Stage: the site-wide outputs, once every briefing is rendered — index, topic pages, the pages of
/// input/pages, 404, sitemap.xml, feed.xml, robots.txt and each briefing's annotations.jsonld.
/// </summary>
internal static class LayOutSite
{
    /// <param name="annotations">Whether to include each briefing's annotations.jsonld (a writing build has written them already).</param>
    public static IReadOnlyList<SiteFile> Run(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<ContentPage> contentPages,
        SiteSettings site, Theme theme, DiagnosticBag diagnostics, bool annotations = true)
    {
        var topics = Topic.Collect(briefings);
        var pages = new List<RenderedPage?>
        {
            LayOutPages.Index(briefings, topics, site, theme, diagnostics),
            LayOutPages.NotFound(site, theme, diagnostics),
        };
        pages.AddRange(topics.Select(t => LayOutPages.Topic(t, site, theme, diagnostics)));
        pages.AddRange(contentPages.Select(p => LayOutPages.Page(p, site, theme, diagnostics)));

        var files = pages.OfType<RenderedPage>().Select(p => new SiteFile(p.Path, Encoding.UTF8.GetBytes(p.Html))).ToList();
        if (annotations)
        {
            files.AddRange(briefings.Select(b => new SiteFile(AnnotationsPath(b), Annotations(b, site))));
        }

        var newest = briefings.Select(b => b.Article.Attribution.Date).Max();
        var sitemap = new List<(string, DateOnly?)> { ($"{site.BaseUrl}/", newest) };
        sitemap.AddRange(briefings.OrderBy(b => b.Article.Slug, StringComparer.Ordinal)
            .Select(b => ($"{site.BaseUrl}/briefings/{b.Article.Slug}/", b.Article.Attribution.Date)));
        sitemap.AddRange(topics.Select(t => ($"{site.BaseUrl}/{t.Path}", t.Briefings.Select(b => b.Article.Attribution.Date).Max())));
        sitemap.AddRange(contentPages.Select(p => ($"{site.BaseUrl}/{p.Path}", (DateOnly?)null)));
        files.Add(new SiteFile("sitemap.xml", SitemapXml.Write(sitemap)));
        files.Add(new SiteFile("feed.xml", AtomFeed.Write(briefings, site)));
        var robots = site.NoIndex ? "User-agent: *\nDisallow: /\n" : $"User-agent: *\nAllow: /\n\nSitemap: {site.BaseUrl}/sitemap.xml\n";
        files.Add(new SiteFile("robots.txt", Encoding.UTF8.GetBytes(robots)));
        return files;
    }

    public static string AnnotationsPath(RenderedBriefing briefing) => $"briefings/{briefing.Article.Slug}/annotations.jsonld";

    /// <summary>The briefing's notes as a W3C Web Annotation collection targeting its page.</summary>
    public static byte[] Annotations(RenderedBriefing briefing, SiteSettings site) =>
        AnnotationCollection.Write(briefing, $"{site.BaseUrl}/briefings/{briefing.Article.Slug}/");
}
