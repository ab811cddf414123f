namespace Briefing.Import;

/// <summary>One annotation as a browser tool exported it, before it is anchored.</summary>
/// <param name="Problem">Why it cannot become a note whatever the article says (no quote selector, no note), or null.</param>
internal sealed record ExportedAnnotation(
    int Number, string? Quote, string? Prefix, string? Suffix, string Note, ImmutableArray<string> Tags,
    string? PageUrl, string? Id, string? Author, string? Created, string? Problem);

/// <summary>
/// Reads a Hypothesis API export (the JSON of /api/search: rows[]) or a W3C Web Annotation collection,
/// page or list (JSON-LD, such as a built site's annotations.jsonld). A file of neither shape is one
/// located diagnostic.
/// </summary>
internal static class AnnotationExport
{
    public static ImmutableArray<ExportedAnnotation>? Read(string text, string file, DiagnosticBag diagnostics)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnnotationFileUnreadable,
                new SourceLocation(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                $"The annotation file is not valid JSON: {ex.Message.Split(" LineNumber:", 2)[0]}", "Export the annotations again."));
            return null;
        }

        using (json)
        {
            if (Items(json.RootElement) is not { } items)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AnnotationFileUnreadable, new SourceLocation(file, 1, 1),
                    "The file is neither a Hypothesis export (an object with 'rows') nor a W3C Web Annotation collection, page or list.",
                    "Export from Hypothesis's API (/api/search) or give a Web Annotation JSON-LD file such as a briefing's annotations.jsonld."));
                return null;
            }

            return [.. items.Select((item, i) => ExportedAnnotations.Of(item, i + 1))];
        }
    }

    private static List<JsonElement>? Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return [.. root.EnumerateArray()];
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
        {
            return [.. rows.EnumerateArray()];
        }

        if (root.TryGetProperty("first", out var first) && first.ValueKind == JsonValueKind.Object)
        {
            return Items(first);
        }

        if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            return [.. list.EnumerateArray()];
        }

        return ExportedAnnotations.TypeIs(root, "Annotation") ? [root] : null;
    }
}
