using System.Buffers;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Briefing.Layout;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>annotations.jsonld: the notes as W3C Web Annotations by TextQuoteSelector, in plain text and Markdown (for import).</summary>
internal static partial class AnnotationCollection
{
    // A file of its own, never inlined into HTML: characters beyond ASCII go as UTF-8, not \uXXXX escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    public static void Write(RenderedBriefing briefing, SiteSettings site, Output.FileSink sink)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var collection = Collection(briefing, BriefingPaths.Url(site.BaseUrl, briefing.Article.Slug));
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(json, collection, AnnotationJsonContext.Default.CollectionJson);
        }

        sink(BriefingPaths.Annotations(briefing.Article.Slug), buffer.WrittenSpan);
    }

    private static CollectionJson Collection(RenderedBriefing briefing, string pageUrl)
    {
        var notes = briefing.Notes.ToDictionary(n => n.Number);
        var collectionUrl = pageUrl + "annotations.jsonld";
        var items = briefing.Anchors.OrderBy(a => a.Number).Select(anchor => new AnnotationJson(
            $"{pageUrl}#note-{anchor.Number}",
            "Annotation",
            "commenting",
            $"{collectionUrl}#{anchor.Annotation.Id}",
            [
                new AnnotationBodyJson("TextualBody", notes.TryGetValue(anchor.Number, out var note) ? PlainText(note.StandaloneHtml) : anchor.Annotation.Note, "text/plain"),
                new AnnotationBodyJson("TextualBody", anchor.Annotation.Note, "text/markdown"),
            ],
            new AnnotationTargetJson(pageUrl, new TextQuoteSelectorJson("TextQuoteSelector", anchor.Exact, anchor.Prefix, anchor.Suffix))));
        return new CollectionJson("http://www.w3.org/ns/anno.jsonld", collectionUrl, "AnnotationCollection",
            $"Editor’s notes on “{briefing.Article.Attribution.Title}”", briefing.Anchors.Length,
            new AnnotationPageJson(collectionUrl + "#page-1", "AnnotationPage", collectionUrl, 0, [.. items]));
    }

    /// <summary>The text a reader sees of a note's HTML: tags out, entities decoded, each run of white space one space, trimmed.</summary>
    public static string PlainText(string html)
    {
        var text = Tag().Replace(html, "");
        var words = (text.Contains('&') ? WebUtility.HtmlDecode(text) : text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    // A tag; one left open runs to the end (the build made the HTML, so tags never nest oddly).
    [GeneratedRegex("<[^>]*>?")]
    private static partial Regex Tag();
}

/// <summary>annotations.jsonld: a W3C Web Annotation collection with its one page of annotations.</summary>
internal sealed record CollectionJson(
    [property: JsonPropertyName("@context")] string Context,
    string Id,
    string Type,
    string Label,
    int Total,
    AnnotationPageJson First);

internal sealed record AnnotationPageJson(string Id, string Type, string PartOf, int StartIndex, ImmutableArray<AnnotationJson> Items);

/// <summary>One note: its text as read and as written (Markdown), and its passage; Canonical ends with its id, for import.</summary>
internal sealed record AnnotationJson(
    string Id, string Type, string Motivation, string Canonical, ImmutableArray<AnnotationBodyJson> Body, AnnotationTargetJson Target);

internal sealed record AnnotationBodyJson(string Type, string Value, string Format);

internal sealed record AnnotationTargetJson(string Source, TextQuoteSelectorJson Selector);

internal sealed record TextQuoteSelectorJson(string Type, string Exact, string Prefix, string Suffix);

/// <summary>The annotation collection's serialisation, generated; property names in camel case.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CollectionJson))]
internal sealed partial class AnnotationJsonContext : JsonSerializerContext;
