using Briefing.Preview;

namespace Briefing.Cli.Preview;

internal sealed record PreviewSettings(BuildOptions Build, int Port, bool Watch)
{
    /// <summary>How long the folders must stay quiet before a burst of changes is rebuilt.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(50);
}

/// <summary>
/// `briefing preview` as a whole: the first build, the server, and (unless --no-watch) the watcher that
/// rebuilds after each burst of changes to input/ or theme/.
/// </summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PreviewServer _server;
    private readonly ChangeWatcher? _watcher;
    private readonly Task _watching;

    private PreviewSession(PreviewServer server, ChangeWatcher? watcher, CancellationTokenSource stop, Task watching)
    {
        _stop = stop;
        _server = server;
        _watcher = watcher;
        _watching = watching;
    }

    public Uri Address => _server.Address;

    public IReadOnlyList<string> Addresses => _server.Addresses;

    /// <exception cref="PreviewUsageException">The folders or the port cannot be used (exit 2).</exception>
    public static async Task<PreviewSession> StartAsync(PreviewSettings settings, TextWriter log, CancellationToken cancellationToken)
    {
        var events = new PreviewEvents();
        var rebuild = new Rebuild(settings.Build, events, log);
        if (rebuild.Run([]) is { UsageError: { } usage })
        {
            throw new PreviewUsageException(usage);
        }

        var server = await PreviewServer.StartAsync(settings.Build.OutputFolder, settings.Port, events, cancellationToken).ConfigureAwait(false);
        if (!settings.Watch)
        {
            return new PreviewSession(server, null, new CancellationTokenSource(), Task.CompletedTask);
        }

        var changes = new ChangeQueue();
        var watcher = new ChangeWatcher([settings.Build.InputFolder, settings.Build.ThemeFolder], changes);
        var stop = new CancellationTokenSource();
        return new PreviewSession(server, watcher, stop, WatchAsync(changes, settings.Quiet, rebuild, stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        await _watching.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _server.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task WatchAsync(ChangeQueue changes, TimeSpan quiet, Rebuild rebuild, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var changed = await changes.NextBatchAsync(quiet, stop).ConfigureAwait(false);
            rebuild.Run(changed);
        }
    }
}
