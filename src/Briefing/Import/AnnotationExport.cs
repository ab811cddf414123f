using AngleSharp.Html.Parser;

namespace Briefing.Import;

/// <summary>One annotation as a browser tool exported it, before it is anchored.</summary>
/// <param name="Problem">Why it cannot become a note whatever the article says (no quote selector, no note), or null.</param>
internal sealed record ExportedAnnotation(
    int Number, string? Quote, string? Prefix, string? Suffix, string Note, ImmutableArray<string> Tags,
    string? PageUrl, string? Id, string? Author, string? Created, string? Problem);

/// <summary>Reads a Hypothesis API export (rows[]) or a W3C Web Annotation collection, page or list (JSON-LD).</summary>
internal static class AnnotationExport
{
    public static ImmutableArray<ExportedAnnotation>? Read(string text, string file, DiagnosticBag diagnostics)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
            if (Items(json.RootElement) is { } items)
            {
                return [.. items.Select((item, i) => Of(item, i + 1))];
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnnotationFileUnreadable,
                new SourceLocation(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                $"The annotation file is not valid JSON: {ex.Message.Split(" LineNumber:", 2)[0]}", "Export the annotations again."));
            return null;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnnotationFileUnreadable, new SourceLocation(file, 1, 1),
            "The file is neither a Hypothesis export (an object with 'rows') nor a W3C Web Annotation collection, page or list.",
            "Export from Hypothesis's API (/api/search) or give a Web Annotation JSON-LD file such as a briefing's annotations.jsonld."));
        return null;
    }

    private static List<JsonElement>? Items(JsonElement root) => root switch
    {
        { ValueKind: JsonValueKind.Array } => [.. root.EnumerateArray()],
        _ when Property(root, "rows", JsonValueKind.Array) is { } rows => [.. rows.EnumerateArray()],
        _ when Property(root, "first", JsonValueKind.Object) is { } first => Items(first),
        _ when Property(root, "items", JsonValueKind.Array) is { } list => [.. list.EnumerateArray()],
        _ => TypeIs(root, "Annotation") ? [root] : null,
    };

    /// <summary>One exported annotation's quote selector, note, tags and page, from either format.</summary>
    private static ExportedAnnotation Of(JsonElement item, int number)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new(number, null, null, null, "", [], null, null, null, null, "it is not an annotation object");
        }

        var targets = Many(item, "target");
        var selector = targets.SelectMany(t => Many(t, "selector")).FirstOrDefault(s => TypeIs(s, "TextQuoteSelector"));
        var quote = String(selector, "exact");
        var page = String(item, "uri") ?? targets.Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : String(t, "source")).FirstOrDefault(s => s is not null);
        var (note, tags) = item.TryGetProperty("text", out _) && !item.TryGetProperty("body", out _) ? Hypothesis(item) : WebAnnotation(item);
        var canonical = String(item, "canonical");
        var id = canonical is not null && canonical.LastIndexOf('#') is var hash and >= 0 ? canonical[(hash + 1)..] : null;
        string? problem = selector.ValueKind != JsonValueKind.Object ? "it has no TextQuoteSelector (a quote to anchor to)"
            : string.IsNullOrWhiteSpace(quote) ? "its quote is empty"
            : string.IsNullOrWhiteSpace(note) ? "it has no note text (a highlight only)"
            : null;
        return new ExportedAnnotation(number, quote, Context(selector, "prefix"), Context(selector, "suffix"), note.Trim(), tags, page, id,
            String(item, "user") ?? CreatorOf(item), String(item, "created"), problem);
    }

    private static bool TypeIs(JsonElement element, string type) =>
        Many(element, "type").Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == type);

    private static (string Note, ImmutableArray<string> Tags) Hypothesis(JsonElement row) =>
        (String(row, "text") ?? "", [.. Many(row, "tags").Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]);

    /// <summary>The Markdown body when there is one (this site's own export), else the HTML or plain text as Markdown.</summary>
    private static (string Note, ImmutableArray<string> Tags) WebAnnotation(JsonElement annotation)
    {
        var bodies = Many(annotation, "body");
        var tags = bodies.Where(b => String(b, "purpose") == "tagging").Select(b => String(b, "value")).OfType<string>().ToImmutableArray();
        var textual = bodies.Where(b => String(b, "purpose") != "tagging" && String(b, "value") is not null).ToList();
        string? Value(string format) => textual.Where(b => String(b, "format") == format).Select(b => String(b, "value")).FirstOrDefault();
        if (Value("text/markdown") is { } markdown)
        {
            return (markdown, tags);
        }

        if (Value("text/html") is { } html)
        {
            using var document = new HtmlParser().ParseDocument(html);
            return (MarkdownBlocks.Convert(document.Body!, new DroppedMarkup()).Trim(), tags);
        }

        var plain = textual.Select(b => String(b, "value")).FirstOrDefault() ?? String(annotation, "bodyValue")
            ?? bodies.Where(b => b.ValueKind == JsonValueKind.String).Select(b => b.GetString()).FirstOrDefault() ?? "";
        var paragraphs = plain.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(MarkdownText.Escape);
        return (string.Join("\n\n", paragraphs.Where(p => p.Length > 0)), tags);
    }

    private static string? CreatorOf(JsonElement item) =>
        item.TryGetProperty("creator", out var creator)
            ? creator.ValueKind == JsonValueKind.String ? creator.GetString() : String(creator, "name") ?? String(creator, "nickname")
            : null;

    private static string? Context(JsonElement selector, string key) => String(selector, key) is { Length: > 0 } value ? value : null;

    private static List<JsonElement> Many(JsonElement element, string key) =>
        element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
        : [value];

    private static JsonElement? Property(JsonElement element, string key, JsonValueKind kind) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out var value) && value.ValueKind == kind ? value : null;

    private static string? String(JsonElement element, string key) => Property(element, key, JsonValueKind.String)?.GetString();
}
