using AngleSharp.Html.Parser;

namespace Briefing.Import;

/// <summary>One exported annotation's quote selector, note, tags and page, from either format.</summary>
internal static class ExportedAnnotations
{
    public static ExportedAnnotation Of(JsonElement item, int number)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Problem(number, "it is not an annotation object");
        }

        var targets = Many(item, "target").ToList();
        var selector = targets.SelectMany(t => Many(t, "selector")).FirstOrDefault(s => TypeIs(s, "TextQuoteSelector"));
        var page = String(item, "uri") ?? targets.Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : String(t, "source")).FirstOrDefault(s => s is not null);
        var (note, tags) = item.TryGetProperty("text", out _) && !item.TryGetProperty("body", out _) ? Hypothesis(item) : WebAnnotation(item);
        var canonical = String(item, "canonical");
        var id = canonical is not null && canonical.LastIndexOf('#') is var hash and >= 0 ? canonical[(hash + 1)..] : null;
        string? problem = selector.ValueKind != JsonValueKind.Object ? "it has no TextQuoteSelector (a quote to anchor to)"
            : string.IsNullOrWhiteSpace(String(selector, "exact")) ? "its quote is empty"
            : string.IsNullOrWhiteSpace(note) ? "it has no note text (a highlight only)"
            : null;
        return new ExportedAnnotation(number, selector.ValueKind == JsonValueKind.Object ? String(selector, "exact") : null,
            Context(selector, "prefix"), Context(selector, "suffix"), note.Trim(), tags, page, id,
            String(item, "user") ?? CreatorOf(item), String(item, "created"), problem);
    }

    public static bool TypeIs(JsonElement element, string type) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var t)
        && (t.ValueKind == JsonValueKind.String ? t.GetString() == type : t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == type));

    private static (string Note, ImmutableArray<string> Tags) Hypothesis(JsonElement row) =>
        (String(row, "text") ?? "", [.. Many(row, "tags").Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]);

    /// <summary>The Markdown body when there is one (this site's own export), else the HTML or plain text as Markdown.</summary>
    private static (string Note, ImmutableArray<string> Tags) WebAnnotation(JsonElement annotation)
    {
        var bodies = Many(annotation, "body").ToList();
        var tags = bodies.Where(b => String(b, "purpose") == "tagging").Select(b => String(b, "value")).OfType<string>().ToImmutableArray();
        var textual = bodies.Where(b => b.ValueKind == JsonValueKind.Object && String(b, "purpose") != "tagging" && String(b, "value") is not null).ToList();
        var markdown = textual.FirstOrDefault(b => String(b, "format") == "text/markdown");
        if (markdown.ValueKind == JsonValueKind.Object)
        {
            return (String(markdown, "value")!, tags);
        }

        var html = textual.FirstOrDefault(b => String(b, "format") == "text/html");
        if (html.ValueKind == JsonValueKind.Object)
        {
            return (HtmlAsMarkdown(String(html, "value")!), tags);
        }

        var plain = textual.Select(b => String(b, "value")).FirstOrDefault() ?? String(annotation, "bodyValue")
            ?? bodies.Where(b => b.ValueKind == JsonValueKind.String).Select(b => b.GetString()).FirstOrDefault();
        return (plain is null ? "" : TextAsMarkdown(plain), tags);
    }

    internal static string HtmlAsMarkdown(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return MarkdownBlocks.Convert(document.Body!, new DroppedMarkup()).Trim();
    }

    private static string TextAsMarkdown(string text) =>
        string.Join("\n\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(MarkdownText.Escape).Where(p => p.Length > 0));

    private static string? CreatorOf(JsonElement item) =>
        item.TryGetProperty("creator", out var creator)
            ? creator.ValueKind == JsonValueKind.String ? creator.GetString() : String(creator, "name") ?? String(creator, "nickname")
            : null;

    private static string? Context(JsonElement selector, string key) =>
        selector.ValueKind == JsonValueKind.Object && String(selector, key) is { Length: > 0 } value ? value : null;

    private static List<JsonElement> Many(JsonElement element, string key) =>
        element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
        : [value];

    private static string? String(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static ExportedAnnotation Problem(int number, string problem) => new(number, null, null, null, "", [], null, null, null, null, problem);
}
