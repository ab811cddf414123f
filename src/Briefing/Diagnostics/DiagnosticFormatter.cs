using System.Buffers;
using System.Text.Encodings.Web;

namespace Briefing.Diagnostics;

internal enum DiagnosticFormat
{
    Human,
    GitHub,
    Json,
}

/// <summary>The one place diagnostics are turned into text: compiler-style, GitHub annotations, or JSON.</summary>
internal static class DiagnosticFormatter
{
    /// <param name="checkedCounts">The briefings and notes a passing check looked at, for the JSON document.</param>
    public static string Format(IReadOnlyList<Diagnostic> diagnostics, DiagnosticFormat format, (int Briefings, int Notes)? checkedCounts = null) => format switch
    {
        DiagnosticFormat.GitHub => string.Concat(diagnostics.Select(d => GitHub(d) + "\n")),
        DiagnosticFormat.Json => Json(diagnostics, checkedCounts),
        _ => string.Concat(diagnostics.Select(Human)) + Summary(diagnostics) + "\n",
    };

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return string.Create(CultureInfo.InvariantCulture,
            $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
    }

    /// <summary>"file:line:col: error BRF012: message", the source line with a caret under the column, and the hint.</summary>
    public static string Human(Diagnostic d)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{new SourceLocation(d.File, d.Line, d.Column)}: {Name(d.Severity)} {d.Code}: {d.Message}\n");
        if (d.Line > 0 && SourceLine(d.File, d.Line) is { } line)
        {
            var gutter = d.Line.ToString(CultureInfo.InvariantCulture);
            var shown = line.Replace('\t', ' ');
            text.Append(CultureInfo.InvariantCulture, $" {gutter} | {shown}\n");
            var caret = Math.Clamp(d.Column - 1, 0, shown.Length);
            text.Append(' ', gutter.Length + 1).Append(" | ").Append(' ', caret).Append("^\n");
        }

        if (d.Hint is not null)
        {
            text.Append("  hint: ").Append(d.Hint).Append('\n');
        }

        return text.ToString();
    }

    public static string GitHub(Diagnostic d)
    {
        var line = d.Line > 0 ? string.Create(CultureInfo.InvariantCulture, $",line={d.Line},col={d.Column}") : "";
        var message = d.Hint is null ? d.Message : d.Message + "\n" + d.Hint;
        return $"::{Name(d.Severity)} file={Property(d.File)}{line},title={Property(d.Code)}::{Data(message)}";
    }

    private static string Name(Severity severity) => severity == Severity.Error ? "error" : "warning";

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Json(IReadOnlyList<Diagnostic> diagnostics, (int Briefings, int Notes)? checkedCounts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        if (checkedCounts is var (briefings, notes))
        {
            json.WriteNumber("briefings", briefings);
            json.WriteNumber("notes", notes);
        }

        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            WriteFields(json, d);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>One diagnostic's fields, as the JSON format and the preview's event stream both carry them.</summary>
    public static void WriteFields(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteString("code", d.Code);
        json.WriteString("severity", Name(d.Severity));
        json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteString("message", d.Message);
        json.WriteString("hint", d.Hint); // null when there is none
    }

    internal static string? SourceLine(string file, int line)
    {
        try
        {
            var info = new FileInfo(file);
            return info.Exists && info.Length <= 20_000_000 ? File.ReadLines(file).Skip(line - 1).FirstOrDefault()?.TrimEnd('\r') : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }
}
