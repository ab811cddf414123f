using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Briefing.Cli.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Preview;

/// <summary>How the preview serves the output folder: indexes, misses, types, ranges, and nothing outside it.</summary>
public sealed class PreviewServingTests
{
    [Fact]
    public async Task The_server_listens_on_loopback_only()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);

        Assert.All(preview.Addresses, a => Assert.StartsWith("http://127.0.0.1:", a, StringComparison.Ordinal));
        var outside = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (outside is not null)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(outside, preview.Address.Port));
        }
    }

    [Fact]
    public async Task A_folder_serves_its_index_and_a_folder_without_its_slash_is_redirected()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Address };

        using var index = await http.GetAsync("/");
        using var folder = await http.GetAsync($"/briefings/{SiteBuilder.Slug}");

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains(PreviewRequests.ScriptTag, await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal($"/briefings/{SiteBuilder.Slug}/", folder.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_miss_is_404_with_the_sites_404_page_or_a_plain_one()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);
        using var http = new HttpClient { BaseAddress = preview.Address };
        using var built = await http.GetAsync("/no/such/page/");
        var theme404 = await built.Content.ReadAsStringAsync();

        File.Delete(Path.Combine(temp.Path, "output", "404.html"));
        using var plain = await http.GetAsync("/no/such/page/");
        temp.Write("output/404.html", "<html><body><h1>Lost</h1></body></html>");
        using var page = await http.GetAsync("/no/such/page/");

        Assert.Equal(HttpStatusCode.NotFound, built.StatusCode);
        Assert.Contains(PreviewRequests.ScriptTag, theme404, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal("text/plain", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal($"<html><body><h1>Lost</h1>{PreviewRequests.ScriptTag}</body></html>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Assets_have_their_content_type_no_caching_and_answer_head_and_range_requests()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);
        using var http = new HttpClient { BaseAddress = preview.Address };
        var css = Directory.EnumerateFiles(Path.Combine(temp.Path, "output", "assets"), "*.css").Single();
        var url = "/assets/" + Path.GetFileName(css);

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 9);
        using var partial = await http.SendAsync(range);
        using var post = await http.PostAsync(url, new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/css", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new FileInfo(css).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", head.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", string.Join(' ', head.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal((await File.ReadAllBytesAsync(css))[..10], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("/../input/site.yml")]
    [InlineData("/briefings/../../input/site.yml")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/input/site.yml")]
    [InlineData("/..%5c..%5csite.yml")]
    [InlineData("/..\\input\\site.yml")]
    [InlineData("/%5c..%5cinput%5csite.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/%00/index.html")]
    [InlineData("http://127.0.0.1/../input/site.yml")]
    public async Task A_path_that_leaves_the_output_folder_is_refused(string target)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);

        var status = await RawHttp.StatusAsync(preview.Address, target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
    }

    [Fact]
    public async Task A_link_in_the_output_folder_is_not_followed()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);
        using var http = new HttpClient { BaseAddress = preview.Address };
        var output = Path.Combine(temp.Path, "output");
        File.CreateSymbolicLink(Path.Combine(output, "site.yml"), Path.Combine(temp.Path, "input", "site.yml"));
        Directory.CreateSymbolicLink(Path.Combine(output, "content"), Path.Combine(temp.Path, "input"));
        Directory.CreateSymbolicLink(Path.Combine(output, "inside"), Path.Combine(output, "briefings"));

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/site.yml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/content/site.yml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/content/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/inside/{SiteBuilder.Slug}/")).StatusCode);
    }
    [Theory]
    [InlineData("//briefings")]
    [InlineData("///briefings")]
    [InlineData("/%2fbriefings")]
    public async Task A_redirect_stays_on_the_same_origin(string target)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);

        var (status, location) = await RawHttp.StatusAndLocationAsync(preview.Address, target, preview.Address.Authority);

        Assert.True(status is 301 or 400 or 404, $"{target} answered {status}");
        if (status == 301)
        {
            Assert.Matches("^/[^/\\\\]", location);
        }
    }

    [Theory]
    [InlineData("attacker.example", 403)]
    [InlineData("attacker.example:5080", 403)]
    [InlineData("127.0.0.1.attacker.example", 403)]
    [InlineData("localhost", 200)]
    [InlineData("app.localhost", 200)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("[::1]", 200)]
    public async Task Only_a_loopback_host_name_is_answered(string host, int expected)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        await using var preview = await PreviewLiveReloadTests.StartAsync(temp, watch: false);

        var (status, _) = await RawHttp.StatusAndLocationAsync(preview.Address, "/", host);

        Assert.Equal(expected, status);
    }
}
