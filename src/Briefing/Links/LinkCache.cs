using System.Text.Json.Serialization;

namespace Briefing.Links;

/// <summary>
/// The outcome of each link checked in the last day (.briefing-cache/links.json): a check run again
/// within the day asks no server again. A file that cannot be read is a cache that starts empty.
/// </summary>
internal sealed class LinkCache
{
    // Version 2 results were all checked against public addresses only: earlier files are not trusted.
    private const int CurrentVersion = 2;

    private readonly string _path;
    private readonly TimeSpan _keepFor;
    private readonly Dictionary<string, LinkResult> _results;

    private LinkCache(string path, TimeSpan keepFor, Dictionary<string, LinkResult> results)
    {
        (_path, _keepFor, _results) = (path, keepFor, results);
    }

    public static LinkCache Open(string path, TimeSpan keepFor)
    {
        var results = new Dictionary<string, LinkResult>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllBytes(path), LinkCacheJson.Default.LinkCacheFile) is { Version: CurrentVersion } file)
            {
                var since = DateTimeOffset.UtcNow - keepFor;
                foreach (var result in file.Links.Where(r => r.CheckedAt > since && r.CheckedAt <= DateTimeOffset.UtcNow))
                {
                    results[result.Url] = result;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            results.Clear();
        }

        return new LinkCache(path, keepFor, results);
    }

    public LinkResult? Find(string url) =>
        _results.TryGetValue(url, out var result) && result.CheckedAt > DateTimeOffset.UtcNow - _keepFor ? result : null;

    public void Add(LinkResult result) => _results[result.Url] = result;

    /// <summary>Writes the cache beside itself, then moves it in: a reader never sees half a file.</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        // A refusal asked no server and the host's addresses may change: it is decided again each run.
        var kept = _results.Values.Where(r => r.Outcome != LinkOutcomes.Refused).OrderBy(r => r.Url, StringComparer.Ordinal);
        var file = new LinkCacheFile(CurrentVersion, [.. kept]);
        var temporary = _path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(file, LinkCacheJson.Default.LinkCacheFile));
        File.Move(temporary, _path, overwrite: true);
    }
}

internal sealed record LinkCacheFile(int Version, IReadOnlyList<LinkResult> Links);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(LinkCacheFile))]
internal sealed partial class LinkCacheJson : JsonSerializerContext;
