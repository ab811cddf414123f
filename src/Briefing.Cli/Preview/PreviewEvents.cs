using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Briefing.Cli.Preview;

/// <summary>Events to open pages: "hello" (the last good build's id), "reload" (what changed), "errors" (also to new pages).</summary>
internal sealed class PreviewEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _pages = [];
    private readonly string _session = Guid.NewGuid().ToString("N")[..8];
    private string? _errors;
    private int _build;

    public ChannelReader<string> Subscribe()
    {
        var page = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            page.Writer.TryWrite(Message("hello", string.Create(CultureInfo.InvariantCulture, $$"""{"build":"{{_session}}-{{_build}}"}""")));
            if (_errors is not null)
            {
                page.Writer.TryWrite(_errors);
            }

            _pages.Add(page);
        }

        return page.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_lock)
        {
            _pages.RemoveAll(p => p.Reader == reader);
        }
    }

    /// <param name="pages">The pages that changed ("/briefings/x/index.html"), or null for every page.</param>
    public void Reload(IReadOnlyList<string>? pages)
    {
        lock (_lock)
        {
            _build++;
            _errors = null;
            var build = string.Create(CultureInfo.InvariantCulture, $"{_session}-{_build}");
            var pageList = pages is null ? null : new JsonArray([.. pages.Select(page => JsonValue.Create(page))]);
            Send(Message("reload", new JsonObject { ["build"] = build, ["pages"] = pageList }.ToJsonString()));
        }
    }

    /// <summary>A failed rebuild as one line of JSON; the overlay shows it as text, as it may hold anything an editor typed.</summary>
    public void Errors(IReadOnlyList<Diagnostic> diagnostics)
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

        lock (_lock)
        {
            _errors = Message("errors", Encoding.UTF8.GetString(stream.ToArray()));
            Send(_errors);
        }
    }

    private void Send(string message)
    {
        foreach (var page in _pages)
        {
            page.Writer.TryWrite(message);
        }
    }

    private static string Message(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
