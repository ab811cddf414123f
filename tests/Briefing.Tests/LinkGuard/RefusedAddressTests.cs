using System.Net;
using Briefing.Diagnostics;
using Briefing.Links;
using Briefing.Tests.Links;

namespace Briefing.Tests.LinkGuard;

/// <summary>`check --links` asks public addresses only: a link from a pull request cannot reach the checking machine or its network.</summary>
public sealed class RefusedAddressTests
{
    private static readonly LinkCheckOptions ByDefault = new() { Timeout = TimeSpan.FromSeconds(1), Retries = 0 };

    [Theory]
    [InlineData("http://127.0.0.1:{port}/ok", "127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]:{port}/ok", "::1 is a loopback address")]
    [InlineData("http://localhost:{port}/ok", "a loopback address")]
    [InlineData("http://10.1.2.3/", "10.1.2.3 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address")]
    [InlineData("http://[fd12:3456::1]/", "fd12:3456::1 is a unique-local (private) address")]
    public async Task A_link_to_a_loopback_private_or_link_local_address_is_refused_by_default_and_never_requested(string url, string why)
    {
        await using var server = await LinkServer.StartAsync();
        using var checker = new LinkChecker(ByDefault);

        var result = await checker.CheckAsync(url.Replace("{port}", server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), CancellationToken.None);

        Assert.Equal(LinkOutcomes.Refused, result.Outcome);
        Assert.Contains(why, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task Allowing_loopback_for_tests_still_refuses_a_redirect_to_the_cloud_metadata_address()
    {
        await using var server = await LinkServer.StartAsync();
        using var checker = new LinkChecker(ByDefault with { AllowLoopback = true });

        var result = await checker.CheckAsync(server.Url("to-metadata"), CancellationToken.None);

        Assert.Equal(LinkOutcomes.Refused, result.Outcome);
        Assert.Equal("http://169.254.169.254/latest/meta-data/", result.FinalUrl);
        var diagnostic = CheckLinks.Warning(new ExternalLink(result.Url, new SourceLocation("input/pages/about.md", 3, 5), "a link in a page"), result)!;
        Assert.Equal((DiagnosticCodes.RefusedLink, Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal($"A link in a page was not checked: {server.Url("to-metadata")} → 302 → http://169.254.169.254/latest/meta-data/: "
            + "169.254.169.254 is a link-local address (such as a cloud's metadata service).", diagnostic.Message);
    }

    [Theory]
    [InlineData("93.184.215.14", null)]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c", null)]
    [InlineData("::ffff:10.0.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("fe80::1", "a link-local address")]
    public void Only_public_addresses_are_asked(string address, string? why) =>
        Assert.Equal(why, LinkAddresses.WhyRefused(IPAddress.Parse(address), allowLoopback: false));

    [Fact]
    public void Allowing_loopback_allows_loopback_only() =>
        Assert.Equal(
            [null, null, "a private address", "a link-local address (such as a cloud's metadata service)"],
            new[] { "127.0.0.1", "::1", "10.0.0.1", "169.254.169.254" }.Select(a => LinkAddresses.WhyRefused(IPAddress.Parse(a), allowLoopback: true)));
}
