using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Incremental;

/// <summary>
/// Formatted citations kept between builds (citations.json in the build's cache folder), each under a
/// hash of everything its formatting read: the items' CSL-JSON, the cites, the notes. The file is kept
/// for one program, style and locale, and survives a deleted output folder: formatting is a pure function.
/// </summary>
internal sealed class CitationMemo
{
    private readonly string _path;
    private readonly string _formatter;
    private readonly Dictionary<UInt128, string[]> _kept;
    private readonly ConcurrentDictionary<UInt128, string[]> _used = new();
    private int _added;

    private CitationMemo(string path, string formatter, Dictionary<UInt128, string[]> kept) =>
        (_path, _formatter, _kept) = (path, formatter, kept);

    /// <summary>The memo in <paramref name="folder"/> when it was made by this formatter; else an empty one (a file that cannot be read is one).</summary>
    /// <param name="formatter">What the formatting depends on besides its input: the program, the style and the locale.</param>
    public static CitationMemo Open(string folder, string formatter)
    {
        var path = Path.Combine(folder, "citations.json");
        var kept = new Dictionary<UInt128, string[]>();
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllBytes(path), CitationMemoJson.Default.CitationMemoFile) is { } file
                && file.Formatter == formatter)
            {
                foreach (var entry in file.Entries)
                {
                    kept[entry.Key] = Array.ConvertAll(entry.Strings, i => file.Strings[i]);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or IndexOutOfRangeException)
        {
            kept.Clear();
        }

        return new CitationMemo(path, formatter, kept);
    }

    /// <summary>The formatted strings kept under <paramref name="key"/>, or <paramref name="make"/>'s, kept from now on.</summary>
    public string[] Get<TState>(UInt128 key, TState state, Func<TState, string[]> make)
    {
        if (_used.TryGetValue(key, out var used))
        {
            return used;
        }

        if (!_kept.TryGetValue(key, out var value))
        {
            value = make(state);
            Interlocked.Increment(ref _added);
        }

        return _used.GetOrAdd(key, value);
    }

    /// <summary>
    /// Writes the memo when this build added to it, or when <paramref name="prune"/> (a full build) leaves out
    /// entries it did not use; an incremental build keeps them, for the briefings it took from the last output.
    /// </summary>
    public void Save(bool prune)
    {
        if (!prune)
        {
            foreach (var (key, value) in _kept)
            {
                _used.TryAdd(key, value);
            }
        }

        if (_added == 0 && _used.Count == _kept.Count)
        {
            return;
        }

        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<CitationMemoEntry>(_used.Count);
        foreach (var (key, value) in _used)
        {
            entries.Add(new CitationMemoEntry(key, Array.ConvertAll(value, s =>
            {
                ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(index, s, out var known);
                if (!known)
                {
                    at = strings.Count;
                    strings.Add(s);
                }

                return at;
            })));
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            BuildCache.Replace(_path, JsonSerializer.SerializeToUtf8Bytes(new CitationMemoFile(_formatter, [.. strings], [.. entries]), CitationMemoJson.Default.CitationMemoFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build formats again.
        }
    }
}

/// <summary>The memo as it is written: each distinct string once, each entry its strings' indexes.</summary>
internal sealed record CitationMemoFile(string Formatter, string[] Strings, CitationMemoEntry[] Entries);

internal sealed record CitationMemoEntry(UInt128 Key, int[] Strings);

[JsonSerializable(typeof(CitationMemoFile))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class CitationMemoJson : JsonSerializerContext;
