using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Briefing.Tests.Preview;

/// <summary>
/// One request with the target exactly as written: HttpClient would normalise "/../" away before sending it,
/// which is what a hostile client would not do.
/// </summary>
internal static class RawHttp
{
    public static Task<int> StatusAsync(Uri server, string target) =>
        SendAsync(server, $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");

    /// <summary>Sends <paramref name="request"/> as it is and returns the response's status code.</summary>
    public static async Task<int> SendAsync(Uri server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? throw new EndOfStreamException("No response.");
        return int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
    }
    /// <summary>The status and Location header of one GET with the given Host header.</summary>
    public static async Task<(int Status, string? Location)> StatusAndLocationAsync(Uri server, string target, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = int.Parse((await reader.ReadLineAsync() ?? throw new EndOfStreamException("No response.")).Split(' ')[1], CultureInfo.InvariantCulture);
        string? location = null;
        while (await reader.ReadLineAsync() is { Length: > 0 } header)
        {
            if (header.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))
            {
                location = header["Location:".Length..].Trim();
            }
        }

        return (status, location);
    }
}
