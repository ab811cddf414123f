namespace Briefing.Preview;

/// <summary>A failed rebuild as one line of JSON for the event stream; the overlay shows it as text, as it may hold anything an editor typed.</summary>
internal static class BuildReport
{
    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("summary", DiagnosticFormatter.Summary(diagnostics));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                DiagnosticFormatter.WriteFields(json, d);
                json.WriteString("source", d.Line > 0 ? DiagnosticFormatter.SourceLine(d.File, d.Line) : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
