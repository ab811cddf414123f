using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Briefing.Rendering;

namespace Briefing.Layout;

/// <summary>A page's schema.org Article; the default encoder escapes &lt; &gt; &amp; and non-ASCII: no text can end its script.</summary>
internal static class ArticleJsonLd
{
    // Each source's citation, by identity: sources are shared, and reading a URL for each page costs more than the rest.
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

    /// <summary>A cited source as {"@id": URL}, the page's bibliography has the rest; without an absolute URL, a CreativeWork.</summary>
    private static CitationJsonLd Citation(CslItem item) => item.Url is { } url
        ? new CitationJsonLd(url, null, null)
        : new CitationJsonLd(null, "CreativeWork", item.ForProcessor().Variable("title") ?? item.Id);
}

/// <summary>A briefing page's schema.org Article: the republished text, based on the original.</summary>
internal sealed record JsonLdArticle(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    string Headline,
    string Url,
    ImmutableArray<PersonJsonLd> Author,
    OrganizationJsonLd Publisher,
    OriginalJsonLd IsBasedOn,
    OrganizationJsonLd? CopyrightHolder,
    int? CopyrightYear,
    string? CopyrightNotice,
    string? License,
    ImmutableArray<CitationJsonLd> Citation);

/// <summary>The original article, as its publisher published it.</summary>
internal sealed record OriginalJsonLd(
    [property: JsonPropertyName("@type")] string Type,
    string Headline,
    string Url,
    ImmutableArray<PersonJsonLd> Author,
    OrganizationJsonLd? Publisher,
    string? DatePublished,
    string? DateModified);

internal sealed record PersonJsonLd([property: JsonPropertyName("@type")] string Type, string Name, string? JobTitle);

internal sealed record OrganizationJsonLd([property: JsonPropertyName("@type")] string Type, string Name, string? Url);

/// <summary>A cited source: the node its URL names, or a CreativeWork with its title.</summary>
internal sealed record CitationJsonLd(
    [property: JsonPropertyName("@id")] string? Id,
    [property: JsonPropertyName("@type")] string? Type,
    string? Name);

/// <summary>The JSON-LD's serialisation, generated; camel-case names, absent values left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonLdArticle))]
internal sealed partial class JsonLdContext : JsonSerializerContext;
