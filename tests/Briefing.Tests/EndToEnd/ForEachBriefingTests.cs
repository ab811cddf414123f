namespace Briefing.Tests.EndToEnd;

/// <summary>
/// The build's loop over briefings (<see cref="BuildBriefings.ForEach"/>): every core takes the next
/// briefing as it comes free, each briefing is built once, and the first failure stops the loop and
/// reaches the caller as it was thrown. Run alone: with other tests keeping the thread pool busy, the
/// loop's second worker could start too late for the test that looks for it.
/// </summary>
[Collection(Name)]
public sealed class ForEachBriefingTests
{
    public const string Name = "ForEachBriefing";

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Each_index_is_run_exactly_once(int count)
    {
        var runs = new int[count];

        BuildBriefings.ForEach(count, i => Interlocked.Increment(ref runs[i]));

        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void Every_core_takes_briefings()
    {
        if (Environment.ProcessorCount < 2)
        {
            return; // one core, one worker
        }

        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();

        BuildBriefings.ForEach(200, _ =>
        {
            threads[Environment.CurrentManagedThreadId] = 0;
            Thread.Sleep(1);
        });

        Assert.True(threads.Count >= 2, $"briefings ran on {threads.Count} thread(s)");
    }

    [Fact]
    public void A_briefing_that_throws_fails_the_loop_with_its_own_exception()
    {
        var thrown = new InvalidOperationException("briefing 7 failed");

        var caught = Assert.Throws<InvalidOperationException>(() => BuildBriefings.ForEach(20, i =>
        {
            if (i == 7)
            {
                throw thrown;
            }
        }));

        Assert.Same(thrown, caught);
    }

    [Fact]
    public void No_briefing_is_begun_after_one_has_failed()
    {
        var begun = 0;

        Assert.Throws<InvalidOperationException>(() => BuildBriefings.ForEach(1000, i =>
        {
            Interlocked.Increment(ref begun);
            if (i == 0)
            {
                throw new InvalidOperationException("the first briefing failed");
            }

            Thread.Sleep(2);
        }));

        // The one that failed, and at most the one each other core had begun meanwhile (with room for a
        // slow start): never the rest of the thousand.
        Assert.InRange(begun, 1, 20);
    }

    [Fact]
    public void Briefings_failing_at_once_are_all_reported()
    {
        if (Environment.ProcessorCount < 2)
        {
            return; // one core: one briefing at a time
        }

        using var both = new Barrier(2);

        var caught = Assert.Throws<AggregateException>(() => BuildBriefings.ForEach(2, i =>
        {
            Assert.True(both.SignalAndWait(TimeSpan.FromSeconds(10)), "the two briefings did not run side by side");
            throw new InvalidOperationException($"briefing {i} failed");
        }));

        Assert.Equal(["briefing 0 failed", "briefing 1 failed"], caught.InnerExceptions.Select(e => e.Message).Order(StringComparer.Ordinal));
    }
}

[CollectionDefinition(ForEachBriefingTests.Name, DisableParallelization = true)]
public sealed class ForEachBriefingTestGroup;
