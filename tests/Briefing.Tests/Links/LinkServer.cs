using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Tests.Links;

/// <summary>
/// A publisher's server on a free loopback port, for every case a link check meets: 200, a permanent
/// redirect, 404, 429 then 200, 500, a response slower than the check's timeout, a dropped connection,
/// and HEAD refused. It counts every request it receives.
/// </summary>
internal sealed class LinkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);
    private int _requests;
    private int _atOnce;
    private int _mostAtOnce;

    private LinkServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>Every request received, HEAD and GET alike.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The most requests it was answering at one time.</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public string Url(string path) => new Uri(Address, path).AbsoluteUri;

    public static async Task<LinkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LinkServer(builder.Build());
        server._app.Run(server.CountAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address + "/");
        return server;
    }

    private async Task CountAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var now = Interlocked.Increment(ref _atOnce);
        int most;
        while (now > (most = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, most) != most)
        {
        }

        try
        {
            // Long enough that requests the client sends together overlap here.
            await Task.Delay(5, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            await AnswerAsync(context);
        }
        finally
        {
            Interlocked.Decrement(ref _atOnce);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        switch (path)
        {
            case "/moved":
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = "/ok";
                break;
            case "/elsewhere":
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = "/ok";
                break;
            case "/to-metadata":
                response.StatusCode = StatusCodes.Status302Found;
                response.Headers.Location = "http://169.254.169.254/latest/meta-data/";
                break;
            case "/gone":
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
            case "/busy":
                // 429 to the first request, 200 after.
                var first = _seen.AddOrUpdate(path, 1, (_, n) => n + 1) == 1;
                response.StatusCode = first ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK;
                if (first)
                {
                    response.Headers.RetryAfter = "1";
                }

                break;
            case "/error":
                response.StatusCode = StatusCodes.Status500InternalServerError;
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case "/drop":
                context.Abort();
                break;
            case "/no-head":
                response.StatusCode = HttpMethods.IsHead(context.Request.Method) ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status200OK;
                break;
            default:
                response.StatusCode = path.StartsWith("/ok", StringComparison.Ordinal) ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
