using System.Text;
using System.Text.Json;
using Briefing.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// A failed rebuild as one line of JSON for the event stream: every diagnostic with its location, message,
/// hint and source line. The page's overlay shows these as text; they may hold anything an editor typed.
/// </summary>
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
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("message", d.Message);
                json.WriteString("hint", d.Hint);
                json.WriteString("source", d.Line > 0 ? DiagnosticFormatter.SourceLine(d.File, d.Line) : null);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
