using System.Text.Json.Serialization;

namespace Briefing.Site;

/// <summary>annotations.jsonld: a W3C Web Annotation collection with its one page of annotations.</summary>
internal sealed record CollectionJson(
    [property: JsonPropertyName("@context")] string Context,
    string Id,
    string Type,
    string Label,
    int Total,
    AnnotationPageJson First);

internal sealed record AnnotationPageJson(string Id, string Type, string PartOf, int StartIndex, ImmutableArray<AnnotationJson> Items);

/// <summary>
/// One editor's note: its text as a reader sees it and as the editor wrote it (Markdown, citations
/// included), and the passage of the briefing page it is on. Canonical ends with the note's id in
/// annotations.yml, so an import of this file gives back the same notes.
/// </summary>
internal sealed record AnnotationJson(
    string Id, string Type, string Motivation, string Canonical, ImmutableArray<AnnotationBodyJson> Body, AnnotationTargetJson Target);

internal sealed record AnnotationBodyJson(string Type, string Value, string Format);

internal sealed record AnnotationTargetJson(string Source, TextQuoteSelectorJson Selector);

internal sealed record TextQuoteSelectorJson(string Type, string Exact, string Prefix, string Suffix);

/// <summary>The annotation collection's serialisation, generated; property names in camel case.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CollectionJson))]
internal sealed partial class AnnotationJsonContext : JsonSerializerContext;
