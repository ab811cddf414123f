using System.Text.Json.Serialization;

namespace Briefing.Layout;

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
