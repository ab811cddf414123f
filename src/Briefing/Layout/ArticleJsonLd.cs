using System.Runtime.CompilerServices;
using Briefing.Rendering;

namespace Briefing.Layout;

/// <summary>
/// The schema.org Article of a briefing page. The default JSON encoder escapes &lt;, &gt;, &amp; and
/// every character beyond ASCII, so no content can close the script element it sits in or open a
/// comment there.
/// </summary>
internal static class ArticleJsonLd
{
    // Each source's citation, by source: sources are records, so by identity, not by value. Sources are
    // shared by many briefings, and reading a URL (System.Uri) for each page costs more than the rest.
    private static readonly ConditionalWeakTable<CslItem, CitationJsonLd> Citations = new();

    public static string Write(RenderedBriefing briefing, SiteSettings site, string pageUrl) =>
        JsonSerializer.Serialize(Article(briefing, site, pageUrl), JsonLdContext.Default.JsonLdArticle);

    private static JsonLdArticle Article(RenderedBriefing briefing, SiteSettings site, string pageUrl)
    {
        var attribution = briefing.Article.Attribution;
        var authors = Authors(attribution);
        var original = new OriginalJsonLd(
            "Article",
            attribution.Title,
            attribution.Source.Url,
            authors,
            attribution.Publisher is { } publisher ? new OrganizationJsonLd("Organization", publisher, null) : null,
            attribution.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            attribution.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new JsonLdArticle(
            "https://schema.org",
            "Article",
            attribution.Title,
            pageUrl,
            authors,
            new OrganizationJsonLd("Organization", site.Publisher.Name, site.Publisher.Url ?? site.BaseUrl),
            original,
            CopyrightHolder(attribution, site),
            attribution.Copyright.Year,
            attribution.Copyright.HasOwnNotice ? attribution.Copyright.Notice : null,
            attribution.Copyright.License?.Url,
            [.. briefing.Bibliography.Select(entry => Citations.GetValue(entry.Item, Citation))]);
    }

    /// <summary>Who holds the copyright: the holder, else the publisher; nobody for a public-domain text unless named.</summary>
    private static OrganizationJsonLd? CopyrightHolder(Attribution attribution, SiteSettings site) =>
        attribution.Copyright.Holder is { } holder ? new OrganizationJsonLd("Organization", holder, null)
        : attribution.Copyright.License is { IsPublicDomain: true } ? null
        : new OrganizationJsonLd("Organization", attribution.Publisher ?? site.Publisher.Name, null);

    private static ImmutableArray<PersonJsonLd> Authors(Attribution attribution) =>
        [.. attribution.Authors.Select(author => new PersonJsonLd("Person", author.Name, author.Role))];

    /// <summary>
    /// A cited source as a reference to the node its URL names, {"@id": URL}: the page's own
    /// bibliography carries the rest, so the script stays small. A source without an absolute URL
    /// is a CreativeWork with its title.
    /// </summary>
    private static CitationJsonLd Citation(CslItem item) => item.Url is { } url
        ? new CitationJsonLd(url, null, null)
        : new CitationJsonLd(null, "CreativeWork", CitationFormatting.CslItems.For(item).Variable("title") ?? item.Id);
}
