using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>Changed paths in bursts that end after a quiet period: an editor's save (several writes and a rename) or a checkout is one rebuild.</summary>
internal sealed class ChangeQueue : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];

    /// <param name="folders">Watched with their subfolders (input/ and theme/): every changed path in them is added.</param>
    public ChangeQueue(params IEnumerable<string> folders)
    {
        void Changed(object sender, FileSystemEventArgs e) => Add(e.FullPath);
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;

            // A lost event (the watcher's buffer overflowed) may hide any change: rebuild.
            watcher.Error += (_, _) => Add(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Add(string path) => _changes.Writer.TryWrite(path);

    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            while (_changes.Reader.TryRead(out var path))
            {
                batch.Add(path);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                await _changes.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [.. batch];
            }
        }
    }

    public void Dispose() => _watchers.ForEach(watcher => watcher.Dispose());
}
