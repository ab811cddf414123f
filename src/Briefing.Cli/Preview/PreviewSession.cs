using System.Net;
using Briefing.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Cli.Preview;

/// <summary>`briefing preview` as a whole: the first build, the server, and (unless --no-watch) the watcher that rebuilds on change.</summary>
internal sealed class PreviewSession(WebApplication server, ChangeQueue? changes, CancellationTokenSource stop, Task watching) : IAsyncDisposable
{
    public IReadOnlyList<string> Addresses => [.. server.Urls];

    public Uri Address => new(server.Urls.First() + "/");

    /// <exception cref="PreviewUsageException">The folders or the port cannot be used (exit 2).</exception>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, int port, bool watch, TextWriter log, CancellationToken cancellationToken)
    {
        var events = new PreviewEvents();
        var rebuild = new Rebuild(options, events, log);
        if (rebuild.Run([]) is { UsageError: { } usage })
        {
            throw new PreviewUsageException(usage);
        }

        var server = await ServeAsync(options.OutputFolder, port, events, cancellationToken).ConfigureAwait(false);
        var changes = watch ? new ChangeQueue(options.InputFolder, options.ThemeFolder) : null;
        var stop = new CancellationTokenSource();
        return new PreviewSession(server, changes, stop, changes is null ? Task.CompletedTask : WatchAsync(changes, rebuild, stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        changes?.Dispose();
        await watching.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            await server.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await server.DisposeAsync().ConfigureAwait(false);
        stop.Dispose();
    }

    /// <summary>Kestrel on 127.0.0.1 only, serving the output folder through <see cref="PreviewRequests"/>.</summary>
    /// <exception cref="PreviewUsageException">The port is in use.</exception>
    private static async Task<WebApplication> ServeAsync(string outputFolder, int port, PreviewEvents events, CancellationToken cancellationToken)
    {
        // The empty builder reads no appsettings.json or ASPNETCORE_* variables: the command line alone decides.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));

        // The command handles Ctrl+C itself; the host must not install its own handler.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var app = builder.Build();
        app.Run(new PreviewRequests(outputFolder, events, app.Lifetime.ApplicationStopping).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return app;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PreviewUsageException($"Port {port} on 127.0.0.1 is in use. Stop what is using it, or choose another port with --port, e.g. --port {(port == 5080 ? 5081 : 5080)}.");
        }
    }

    private static async Task WatchAsync(ChangeQueue changes, Rebuild rebuild, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // A burst of changes is rebuilt once the folders have been quiet for 50 ms.
            var changed = await changes.NextBatchAsync(TimeSpan.FromMilliseconds(50), stop).ConfigureAwait(false);
            rebuild.Run(changed);
        }
    }

    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>A preview that cannot start because of how it was asked for (exit 2).</summary>
internal sealed class PreviewUsageException(string message) : Exception(message);
