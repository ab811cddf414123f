using System.Text.Json.Serialization.Metadata;

namespace Briefing.Incremental;

/// <summary>What the last build made, in .briefing-cache/&lt;name&gt;/; any doubt means a full build, so it is safe to delete.</summary>
internal sealed record BuildCache(string Folder, string OutputFolder)
{
    private string ManifestPath => Path.Combine(Folder, "manifest.json");

    private string SpareManifestPath => Path.Combine(Folder, "spare.json");

    /// <summary>The output the last build replaced, kept for the next build to begin its staging from (see <see cref="StagedOutput"/>).</summary>
    public string SpareFolder => Path.Combine(Folder, "spare");

    /// <summary>The cache of the build that writes <paramref name="outputFolder"/>: .briefing-cache/&lt;name&gt;/ beside it.</summary>
    public static BuildCache For(string outputFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(output) ?? output;
        return new BuildCache(Path.Combine(parent, ".briefing-cache", Path.GetFileName(output)), output);
    }

    /// <summary>The last build's manifest when it was made with <paramref name="key"/> and its output folder is there; else null.</summary>
    public CacheManifest? Load(string key) => Directory.Exists(OutputFolder) ? Read(ManifestPath, key) : null;

    /// <summary>What the spare site holds when it was made with <paramref name="key"/>; else null, and it is deleted. Its manifest goes either way.</summary>
    /// <param name="usable">Whether the output the build replaces is the one the last build made (its manifest was loaded).</param>
    public CacheManifest? TakeSpare(string key, bool usable)
    {
        var spare = usable && Directory.Exists(SpareFolder) ? Read(SpareManifestPath, key) : null;
        Delete(SpareManifestPath);
        if (spare is null)
        {
            Output.OutputLeftovers.TryDelete(SpareFolder);
        }

        return spare;
    }

    private static CacheManifest? Read(string path, string key) =>
        ReadJson(path, CacheJson.Default.CacheManifest) is { Briefings: not null } manifest && manifest.Key == key ? manifest : null;

    /// <summary>A cache file's content; null when it is missing or cannot be read as <paramref name="type"/>.</summary>
    internal static T? ReadJson<T>(string path, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), type) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Keeps the manifest and citations for the next build (and the spare's, when it was kept); on failure, there is no cache.</summary>
    public void Save(CacheManifest manifest, bool spareKept, CitationMemo? citations = null)
    {
        citations?.Save();
        if (!spareKept)
        {
            Delete(SpareManifestPath);
        }

        if (!TryReplace(ManifestPath, JsonSerializer.SerializeToUtf8Bytes(manifest, CacheJson.Default.CacheManifest)))
        {
            Forget();
        }
    }

    /// <summary>Removes the manifest: the next build is a full one. Done before the output it describes is replaced.</summary>
    public void Forget() => Delete(ManifestPath);

    /// <summary>As <see cref="Forget"/>, but the manifest is kept as the spare site's, for when the output it describes becomes the spare.</summary>
    public void SetAsideForSpare()
    {
        try
        {
            if (File.Exists(ManifestPath))
            {
                File.Move(ManifestPath, SpareManifestPath, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Forget();
        }
    }

    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Writes a cache file through a temporary file beside it, so that a reader never sees half a file; false when it cannot.</summary>
    internal static bool TryReplace(string path, byte[] content)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            Delete(temporary);
        }
    }
}
