using Briefing.Import;
using Briefing.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Briefing.Tests.Import;

/// <summary>Importing from a URL, against a local Kestrel server: a page, and each way a fetch fails.</summary>
public sealed class UrlImportTests : IAsyncLifetime
{
    private WebApplication? _server;
    private string _base = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Import", "Pages", "001", "source.html"));
        _server.MapGet("/article", () => Results.Content(page, "text/html; charset=utf-8"));
        _server.MapGet("/missing", () => Results.NotFound());
        _server.MapGet("/loop", () => Results.Redirect("/loop"));
        _server.MapGet("/image", () => Results.Bytes([1, 2, 3], "image/png"));
        _server.MapGet("/huge", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = new byte[1024 * 1024];
            for (var i = 0; i < 12 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        await _server.StartAsync();
        _base = _server.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_page_at_a_URL_becomes_a_briefing_whose_source_is_that_URL()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var result = await ImportBriefing.RunAsync(new ImportRequest($"{_base}/article", "covered", input, null, false), null, CancellationToken.None);
        Assert.True(result.ExitCode == 0, result.Message);
        var article = File.ReadAllText(Path.Combine(input, "briefings", "covered", "article.md"));
        Assert.Contains($"  url: {_base}/article", article, StringComparison.Ordinal);
        Assert.Contains("title: Get your Frontend JavaScript Code Covered", article, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/missing", "404")]
    [InlineData("/loop", "redirected more than 5 times")]
    [InlineData("/image", "image/png")]
    [InlineData("/huge", "larger than")]
    public async Task A_failed_fetch_is_a_clear_error_and_writes_nothing(string path, string expected)
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var result = await ImportBriefing.RunAsync(new ImportRequest(_base + path, "fetched", input, null, false), null, CancellationToken.None);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "briefings", "fetched")));
    }
}
