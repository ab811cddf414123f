using System.Diagnostics;
using System.Globalization;
using System.Net;
using Briefing.Tests.Support;
using Xunit.Abstractions;

namespace Briefing.Tests.Preview;

/// <summary>
/// The preview server under load and abuse, on loopback only: many clients at once get every page right,
/// and malformed requests get a 4xx without stopping the server. The figures go to the test output;
/// nothing here asserts a speed.
/// </summary>
public sealed class PreviewLoadTests(ITestOutputHelper output)
{
    private const int Clients = 50;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Fifty_clients_for_twenty_seconds_get_no_errors()
    {
        using var temp = new TempFolder();
        CopySeedSite(temp);
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);
        string[] paths = ["/", "/briefings/china-north-korea-relationship/", "/about/", "/topics/china/", "/sitemap.xml", "/feed.xml", "/no-such-page/"];
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { BaseAddress = preview.Address };
        var errors = new List<string>();
        var latencies = new List<double>[Clients];
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            latencies[client] = [];
            for (var i = client; clock.Elapsed < Duration; i++)
            {
                var path = paths[i % paths.Length];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var expected = path == "/no-such-page/" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                    if (response.StatusCode != expected || body.Length == 0)
                    {
                        lock (errors)
                        {
                            errors.Add($"{path}: {(int)response.StatusCode}, {body.Length} bytes");
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    lock (errors)
                    {
                        errors.Add($"{path}: {ex.Message}");
                    }
                }

                latencies[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));

        var all = latencies.SelectMany(l => l).Order().ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} requests in {clock.Elapsed.TotalSeconds:F1} s from {Clients} clients: {all.Count / clock.Elapsed.TotalSeconds:F0} requests/s, p50 {all[all.Count / 2]:F1} ms, p99 {all[(int)(all.Count * 0.99)]:F1} ms"));
        Assert.Empty(errors.Take(10));
        Assert.True(all.Count > Clients, "the clients made almost no requests");
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n")]
    [InlineData("GET /\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n\r\n")]
    [InlineData("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\nX-Huge: {huge}\r\nConnection: close\r\n\r\n")]
    [InlineData("GET /{huge} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")]
    public async Task A_malformed_request_gets_a_4xx_and_the_server_keeps_serving(string request)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);

        var status = await RawHttp.SendAsync(preview.Address, request.Replace("{huge}", new string('a', 100_000), StringComparison.Ordinal));

        Assert.InRange(status, 400, 499);
        using var http = new HttpClient { BaseAddress = preview.Address };
        using var after = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static void CopySeedSite(TempFolder temp)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories))
        {
            temp.WriteBytes(Path.Combine("input", Path.GetRelativePath(RepositoryPaths.Input, file)), File.ReadAllBytes(file));
        }
    }
}
