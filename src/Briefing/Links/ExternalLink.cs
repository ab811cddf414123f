namespace Briefing.Links;

/// <summary>One place content links out of the site; Archive is the source's archived copy (archive_location), if any.</summary>
/// <param name="Source">The source's key when the link is a source's URL; its hint then offers archive_location.</param>
internal sealed record ExternalLink(string Url, SourceLocation At, string What, string? Source = null, string? Archive = null);

/// <summary>What became of a link: ok, moved (a permanent redirect), broken, timeout, unreachable or refused (not a public address).</summary>
internal sealed record LinkResult(string Url, string Outcome, int? Status, IReadOnlyList<LinkHop> Hops, string? Error, DateTimeOffset CheckedAt)
{
    public string? FinalUrl => Hops.Count == 0 ? null : Hops[^1].Location;
}

/// <summary>A redirect: from Url, Status sent the client to Location.</summary>
internal sealed record LinkHop(string Url, int Status, string Location);

/// <summary>The words of the outcomes, as the cache keeps them.</summary>
internal static class LinkOutcomes
{
    public const string Ok = "ok";
    public const string Moved = "moved";
    public const string Broken = "broken";
    public const string Timeout = "timeout";
    public const string Unreachable = "unreachable";
    public const string Refused = "refused";
}

/// <summary>How links are checked: per host at most PerHost requests at once, each within Timeout; 429 and 503 retried.</summary>
internal sealed record LinkCheckOptions
{
    public int PerHost { get; init; } = 4;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    public int Retries { get; init; } = 3;
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Lets tests ask their own server on loopback; no command line or environment sets it.</summary>
    internal bool AllowLoopback { get; init; }
}
