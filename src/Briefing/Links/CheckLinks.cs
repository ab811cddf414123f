namespace Briefing.Links;

/// <summary>What `check --links` found: each link's diagnostics, and how many links were checked, how many taken from the cache.</summary>
internal sealed record LinkReport(IReadOnlyList<Diagnostic> Diagnostics, int Links, int FromCache);

/// <summary>Stage of `check --links`: each address checked once, kept a day, a warning wherever a dead or moved link is written.</summary>
internal static class CheckLinks
{
    public static async Task<LinkReport> RunAsync(string inputFolder, string cachePath, LinkCheckOptions options, CancellationToken cancellationToken)
    {
        var links = CollectLinks.Run(inputFolder);
        var results = LinkCache.Read(cachePath);
        var urls = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).ToList();
        var fromCache = urls.Count(results.ContainsKey);
        using (var checker = new LinkChecker(options))
        {
            var fresh = urls.Where(u => !results.ContainsKey(u)).Select(u => checker.CheckAsync(u, cancellationToken));
            foreach (var result in await Task.WhenAll(fresh))
            {
                results[result.Url] = result;
            }
        }

        LinkCache.Write(cachePath, results.Values);
        return new LinkReport([.. links.Select(l => Warning(l, results[l.Url])).OfType<Diagnostic>()], urls.Count, fromCache);
    }

    /// <summary>A link's outcome as a warning at the place it is written; null when the link is fine.</summary>
    public static Diagnostic? Warning(ExternalLink link, LinkResult result) => result.Outcome switch
    {
        LinkOutcomes.Broken => Diagnostic.Warning(DiagnosticCodes.DeadLink, link.At,
            $"{Capital(link.What)} is dead: {Path(result)} answers {LinkChecker.Describe(result.Status ?? 0)}.", DeadHint(link)),
        LinkOutcomes.Moved => Diagnostic.Warning(DiagnosticCodes.MovedLink, link.At,
            $"{Capital(link.What)} has moved for good: {Path(result)} answers {LinkChecker.Describe(result.Status ?? 0)}.",
            $"Update the link to {result.FinalUrl}."),
        LinkOutcomes.Timeout or LinkOutcomes.Unreachable => Diagnostic.Warning(DiagnosticCodes.UnreachableLink, link.At,
            $"{Capital(link.What)} could not be checked: {Path(result)}: {result.Error}.",
            "The server may be down for a while: check the link in a browser. " + DeadHint(link)),
        LinkOutcomes.Refused => Diagnostic.Warning(DiagnosticCodes.RefusedLink, link.At,
            $"{Capital(link.What)} was not checked: {Path(result)}: {result.Error}.",
            "The check asks public addresses only, never the machine it runs on or its private network; "
            + "readers cannot reach such an address either: link to the page's public address."),
        _ => null,
    };

    /// <summary>The address and each redirect on the way: "a → 301 → b".</summary>
    private static string Path(LinkResult result) =>
        result.Hops.Count == 0 ? result.Url : string.Concat(result.Hops.Select(h => $"{h.Url} → {h.Status} → ")) + result.FinalUrl;

    private static string DeadHint(ExternalLink link) => link switch
    {
        { Archive: { } archive } => $"The source's archived copy is {archive}: check it, then point readers to it or update the URL.",
        { Source: { } key } => $"Add archive_location with an archived copy (https://web.archive.org/web/*/{link.Url}) to source '{key}', or update its URL.",
        _ => $"Link to the page's new address, or to an archived copy (https://web.archive.org/web/*/{link.Url}).",
    };

    private static string Capital(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
