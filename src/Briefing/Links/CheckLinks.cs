namespace Briefing.Links;

/// <summary>What `check --links` found: each link's diagnostics, and how many links were checked, how many taken from the cache.</summary>
internal sealed record LinkReport(IReadOnlyList<Diagnostic> Diagnostics, int Links, int FromCache);

/// <summary>
/// Stage of `briefing check --links`: every external link of the input checked once (each address
/// once, however many places give it), results kept in the cache for a day, and each dead, moved or
/// unreachable link a located warning at every place it is written.
/// </summary>
internal static class CheckLinks
{
    public static async Task<LinkReport> RunAsync(string inputFolder, string cachePath, LinkCheckOptions options, CancellationToken cancellationToken)
    {
        var links = CollectLinks.Run(inputFolder);
        var cache = LinkCache.Open(cachePath, options.CacheFor);
        var urls = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).ToList();
        var cached = urls.Where(u => cache.Find(u) is not null).ToHashSet(StringComparer.Ordinal);
        using (var checker = new LinkChecker(options))
        {
            var fresh = await Task.WhenAll(urls.Where(u => !cached.Contains(u)).Select(u => checker.CheckAsync(u, cancellationToken)));
            foreach (var result in fresh)
            {
                cache.Add(result);
            }
        }

        try
        {
            cache.Save();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next run its requests, not this run its answer.
        }

        var diagnostics = links.Select(l => LinkDiagnostics.For(l, cache.Find(l.Url)!)).OfType<Diagnostic>().ToList();
        return new LinkReport(diagnostics, urls.Count, cached.Count);
    }
}
