using System.Text.Json.Serialization;
using Briefing.Incremental;

namespace Briefing.Links;

/// <summary>Each link checked in the last day (.briefing-cache/links.json); a file that cannot be read is an empty cache.</summary>
internal static class LinkCache
{
    // Version 2 results were all checked against public addresses only: earlier files are not trusted.
    private const int CurrentVersion = 2;

    /// <summary>Each link checked within the last day, by its URL.</summary>
    public static Dictionary<string, LinkResult> Read(string path)
    {
        try
        {
            var file = File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), LinkCacheJson.Default.LinkCacheFile) : null;
            var since = DateTimeOffset.UtcNow - TimeSpan.FromDays(1);
            var links = file is { Version: CurrentVersion } ? file.Links : [];
            return links.Where(r => r.CheckedAt > since && r.CheckedAt <= DateTimeOffset.UtcNow)
                .GroupBy(r => r.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return new(StringComparer.Ordinal);
        }
    }

    /// <summary>Writes the cache as the build's cache files are written: a reader never sees half a file.</summary>
    public static void Write(string path, IEnumerable<LinkResult> results)
    {
        // A refusal asked no server and the host's addresses may change: it is decided again each run.
        var kept = results.Where(r => r.Outcome != LinkOutcomes.Refused).OrderBy(r => r.Url, StringComparer.Ordinal);
        var file = new LinkCacheFile(CurrentVersion, [.. kept]);
        // A cache that cannot be written costs the next run its requests, not this run its answer.
        BuildCache.TryReplace(Path.GetFullPath(path), JsonSerializer.SerializeToUtf8Bytes(file, LinkCacheJson.Default.LinkCacheFile));
    }
}

internal sealed record LinkCacheFile(int Version, IReadOnlyList<LinkResult> Links);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(LinkCacheFile))]
internal sealed partial class LinkCacheJson : JsonSerializerContext;
