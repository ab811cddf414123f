using Briefing.Preview;
using Microsoft.AspNetCore.Builder;

namespace Briefing.Cli.Preview;

/// <summary>`briefing preview` as a whole: the first build, the server, and (unless --no-watch) the watcher that rebuilds on change.</summary>
internal sealed class PreviewSession(WebApplication server, ChangeWatcher? watcher, CancellationTokenSource stop, Task watching) : IAsyncDisposable
{
    /// <summary>How long the folders must stay quiet before a burst of changes is rebuilt.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

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

        var server = await PreviewServer.StartAsync(options.OutputFolder, port, events, cancellationToken).ConfigureAwait(false);
        if (!watch)
        {
            return new PreviewSession(server, null, new CancellationTokenSource(), Task.CompletedTask);
        }

        var changes = new ChangeQueue();
        var watcher = new ChangeWatcher([options.InputFolder, options.ThemeFolder], changes);
        var stop = new CancellationTokenSource();
        return new PreviewSession(server, watcher, stop, WatchAsync(changes, rebuild, stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        watcher?.Dispose();
        await watching.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1)))
        {
            await server.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await server.DisposeAsync().ConfigureAwait(false);
        stop.Dispose();
    }

    private static async Task WatchAsync(ChangeQueue changes, Rebuild rebuild, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var changed = await changes.NextBatchAsync(Quiet, stop).ConfigureAwait(false);
            rebuild.Run(changed);
        }
    }
}
