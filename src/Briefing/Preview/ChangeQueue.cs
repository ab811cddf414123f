using System.Threading.Channels;

namespace Briefing.Preview;

/// <summary>Changed paths in bursts that end after a quiet period: an editor's save (several writes and a rename) or a checkout is one rebuild.</summary>
internal sealed class ChangeQueue
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

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
}
