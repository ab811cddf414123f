using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Serves a built site from a folder on a free loopback port, as Netlify would: index.html for a
/// folder, 404.html with status 404 for anything else, and a strict Content-Security-Policy.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    /// <summary>The policy Netlify serves the site with, read from netlify.toml, so the tests hold the real one.</summary>
    public static readonly string ContentSecurityPolicy = ReadNetlifyPolicy();

    private static string ReadNetlifyPolicy()
    {
        const string key = "Content-Security-Policy = \"";
        var line = File.ReadLines(Path.Combine(RepositoryPaths.Root, "netlify.toml")).Select(l => l.Trim()).First(l => l.StartsWith(key, StringComparison.Ordinal));
        return line[key.Length..^1];
    }

    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="pathBase">A sub-path the site is served under ("/annotated"), as a GitHub Pages project site is; nothing is served outside it.</param>
    public static async Task<StaticSiteServer> StartAsync(string root, string pathBase = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".jsonld"] = "application/ld+json";

        // Pagefind's index files, served as Netlify and GitHub Pages serve any file they do not know.
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment" })
        {
            types.Mappings[extension] = "application/octet-stream";
        }

        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            await next(context);
        });
        if (pathBase.Length > 0)
        {
            app.Use(async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments(pathBase, out var rest))
                {
                    context.Request.PathBase = pathBase;
                    context.Request.Path = rest;
                    await next(context);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                }
            });
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
