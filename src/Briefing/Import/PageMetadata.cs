using AngleSharp.Dom;

namespace Briefing.Import;

/// <summary>What a page says about itself beyond what Readability reads: canonical address, JSON-LD, Open Graph and &lt;meta&gt;.</summary>
internal sealed class PageMetadata(IDocument page)
{
    private readonly List<JsonElement> _jsonLd = JsonLd(page);

    public static string? Canonical(IDocument page) =>
        SafeUrl.Web((page.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(page, "og:url"))?.Trim())?.AbsoluteUri;

    public string? Author =>
        ArticleFile.Spaced(Names("author")) ?? ArticleFile.Spaced(Meta(page, "author") ?? Meta(page, "article:author"));

    public string? Publisher => ArticleFile.Spaced(Names("publisher")) ?? ArticleFile.Spaced(Meta(page, "og:site_name"));

    public DateOnly? Published => DateOf(Text("datePublished") ?? Meta(page, "article:published_time") ?? Meta(page, "date") ?? Itemprop("datePublished"));

    public DateOnly? Modified => DateOf(Text("dateModified") ?? Meta(page, "article:modified_time") ?? Itemprop("dateModified"));

    public string? Copyright => ArticleFile.Spaced(Meta(page, "copyright") ?? Meta(page, "dcterms.rights") ?? Text("copyrightNotice"));

    private static List<JsonElement> JsonLd(IDocument page)
    {
        var objects = new List<JsonElement>();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                objects.AddRange(Objects(json.RootElement.Clone()));
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD is the page's problem: the other sources still count.
            }
        }

        return objects;
    }

    /// <summary>Every object in a JSON-LD value: in lists, and in a @graph.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        JsonValueKind.Object => [element, .. element.TryGetProperty("@graph", out var graph) ? Objects(graph) : []],
        _ => [],
    };

    private string? Text(string property) =>
        _jsonLd.Select(e => e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>A person or organisation property: its name, or the names of a list of them.</summary>
    private string? Names(string property) =>
        _jsonLd.Select(e => e.TryGetProperty(property, out var value) ? NamesIn(value) : []).FirstOrDefault(n => n.Count > 0) is { } names
            ? string.Join(", ", names)
            : null;

    private static List<string> NamesIn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => [name.GetString()!],
        JsonValueKind.Array => [.. value.EnumerateArray().SelectMany(NamesIn)],
        _ => [],
    };

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    /// <summary>A schema.org microdata value: &lt;time itemprop="datePublished" datetime="…"&gt;.</summary>
    private string? Itemprop(string name) =>
        page.QuerySelector($"[itemprop='{name}']") is { } element ? element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent : null;

    private static DateOnly? DateOf(string? text) =>
        text is not null && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date.DateTime)
            : null;
}
