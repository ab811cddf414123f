using Briefing.Preview;

namespace Briefing.Tests.Preview;

public sealed class ChangeQueueTests
{
    [Fact]
    public async Task A_burst_of_changes_is_one_batch()
    {
        var changes = new ChangeQueue();
        for (var i = 0; i < 20; i++)
        {
            changes.Add($"/site/input/file-{i % 5}.yml");
        }

        var batch = await changes.NextBatchAsync(TimeSpan.FromMilliseconds(100), CancellationToken.None);

        Assert.Equal(5, batch.Count);
    }

    [Fact]
    public async Task Waiting_for_changes_ends_when_cancelled()
    {
        var changes = new ChangeQueue();
        using var stop = new CancellationTokenSource();

        var waiting = changes.NextBatchAsync(TimeSpan.FromMilliseconds(100), stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
