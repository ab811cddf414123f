using System.Text;
using System.Text.Json;

namespace Briefing.Tests.Preview;

/// <summary>A page's connection to the preview's server-sent events, read one event at a time.</summary>
internal sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public static async Task<EventStream> OpenAsync(HttpClient http)
    {
        var response = await http.GetAsync("/_briefing/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>Reads events until one named <paramref name="name"/> arrives (up to 10 s) and returns its data.</summary>
    public Task<JsonElement> WaitForAsync(string name) => WaitForAsync(name, _ => true);

    /// <summary>Reads events until one named <paramref name="name"/> whose data matches arrives (up to 10 s).</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool> matches)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var (eventName, data) = await NextAsync(timeout.Token);
            if (eventName == name)
            {
                using var json = JsonDocument.Parse(data);
                if (matches(json.RootElement))
                {
                    return json.RootElement.Clone();
                }
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }

    private async Task<(string Name, string Data)> NextAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data.ToString());
                }

                continue;
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }
    }
}
