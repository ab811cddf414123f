using System.Diagnostics;
using Briefing.Links;

namespace Briefing.Tests.Links;

/// <summary>The link checker against a local server: every case classified, concurrency per host, no request left to the internet.</summary>
public sealed class LinkCheckerTests
{
    private static readonly LinkCheckOptions Quick = new()
    {
        PerHost = 8,
        Timeout = TimeSpan.FromSeconds(5),
        FirstBackoff = TimeSpan.FromMilliseconds(100),
        AllowLoopback = true,
    };

    [Theory]
    [InlineData("ok", "ok", 200)]
    [InlineData("moved", "moved", 200)]
    [InlineData("elsewhere", "ok", 200)]
    [InlineData("gone", "broken", 404)]
    [InlineData("busy", "ok", 200)]
    [InlineData("error", "broken", 500)]
    [InlineData("no-head", "ok", 200)]
    public async Task Each_answer_of_a_server_is_classified(string path, string outcome, int status)
    {
        await using var server = await LinkServer.StartAsync();
        using var checker = new LinkChecker(Quick);

        var result = await checker.CheckAsync(server.Url(path), CancellationToken.None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(status, result.Status);
    }

    [Fact]
    public async Task A_permanent_redirect_is_reported_hop_by_hop_with_the_address_to_update_to()
    {
        await using var server = await LinkServer.StartAsync();
        using var checker = new LinkChecker(Quick);

        var result = await checker.CheckAsync(server.Url("moved"), CancellationToken.None);

        var hop = Assert.Single(result.Hops);
        Assert.Equal((server.Url("moved"), 301, server.Url("ok")), (hop.Url, hop.Status, hop.Location));
        Assert.Equal(server.Url("ok"), result.FinalUrl);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        await using var server = await LinkServer.StartAsync();
        using var checker = new LinkChecker(Quick);
        var clock = Stopwatch.StartNew();

        var result = await checker.CheckAsync(server.Url("busy"), CancellationToken.None);

        Assert.Equal(LinkOutcomes.Ok, result.Outcome);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before the server's Retry-After: 1");
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_a_dropped_connection_is_unreachable()
    {
        await using var server = await LinkServer.StartAsync();
        using var checker = new LinkChecker(Quick);

        var slow = await checker.CheckAsync(server.Url("slow"), CancellationToken.None);
        var dropped = await checker.CheckAsync(server.Url("drop"), CancellationToken.None);

        Assert.Equal(LinkOutcomes.Timeout, slow.Outcome);
        Assert.Equal(LinkOutcomes.Unreachable, dropped.Outcome);
        Assert.NotNull(dropped.Error);
    }

    [Fact]
    public async Task Two_hundred_links_to_one_host_are_checked_at_most_eight_at_once()
    {
        await using var server = await LinkServer.StartAsync();

        // A generous timeout: this test is about the limit per host, not about a slow answer.
        using var checker = new LinkChecker(Quick with { Timeout = TimeSpan.FromSeconds(30) });

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => checker.CheckAsync(server.Url($"ok/{i}"), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(LinkOutcomes.Ok, r.Outcome));
        Assert.Equal(200, server.Requests);
        Assert.True(server.MostAtOnce <= 8, $"{server.MostAtOnce} requests at once");
    }
}
