namespace Briefing.Links;

/// <summary>What `check --links` found: each link's diagnostics, and how many links were checked, how many taken from the cache.</summary>
internal sealed record LinkReport(IReadOnlyList<Diagnostic> Diagnostics, int Links, int FromCache);

/// <summary>Stage of `check --links`: each address checked once, kept a day, a warning wherever a dead or moved link is written.</summary>
internal static class CheckLinks
{
    public static async Task<LinkReport> RunAsync(string inputFolder, string cachePath, LinkCheckOptions options, CancellationToken cancellationToken)
    {
        var links = CollectLinks.Run(inputFolder);
        var results = LinkCache.Read(cachePath, options.CacheFor);
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
        return new LinkReport([.. links.Select(l => LinkDiagnostics.For(l, results[l.Url])).OfType<Diagnostic>()], urls.Count, fromCache);
    }
}
