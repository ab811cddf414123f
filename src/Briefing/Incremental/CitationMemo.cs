using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace Briefing.Incremental;

/// <summary>Formatted citations kept between builds (citations.json), under a hash of all their formatting read, per formatter.</summary>
/// <remarks>It survives a deleted output folder: formatting is a pure function of the items, cites and notes.</remarks>
/// <param name="folder">The build's cache folder.</param>
/// <param name="formatter">What the formatting depends on besides its input: the program, the style and the locale.</param>
/// <param name="keepUnused">Whether to keep what this build does not use: an incremental build does; a full one does not.</param>
internal sealed class CitationMemo(string folder, string formatter, bool keepUnused)
{
    private const string Format = "briefing citation memo 2";

    private static readonly MemoJson Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    private readonly string _path = Path.Combine(folder, "citations.json");
    private readonly ConcurrentDictionary<UInt128, string[]> _added = new();
    private readonly ConcurrentDictionary<UInt128, bool> _used = new();

    // Read in the background from the moment the memo is opened: the build's other work goes on meanwhile.
    private readonly Task<Dictionary<UInt128, string[]>> _kept = Task.Run(() => Read(Path.Combine(folder, "citations.json"), formatter));

    /// <summary>The formatted strings kept under <paramref name="key"/>, or <paramref name="make"/>'s, kept from now on.</summary>
    /// <param name="valid">Whether kept strings are whole: what a damaged file holds is formatted again.</param>
    public string[] Get<TState>(UInt128 key, TState state, Func<TState, string[]> make, Func<string[], bool> valid)
    {
        if (_kept.Result.TryGetValue(key, out var kept) && valid(kept))
        {
            _used[key] = true;
            return kept;
        }

        return _added.TryGetValue(key, out var added) ? added : _added.GetOrAdd(key, make(state));
    }

    /// <summary>Writes the memo, when this build added to it or leaves out what it did not use.</summary>
    public void Save()
    {
        var kept = _kept.Result;
        var keep = kept.Where(e => (keepUnused || _used.ContainsKey(e.Key)) && !_added.ContainsKey(e.Key)).ToList();
        if (_added.IsEmpty && keep.Count == kept.Count)
        {
            return;
        }

        // Only a cache: when it cannot be written, the next build formats again.
        BuildCache.TryReplace(_path, Write(keep.Concat(_added).OrderBy(e => e.Key)));
    }

    /// <summary>The file's entries; none when it cannot be read, was written by another formatter, or is not as <see cref="Write"/> writes it.</summary>
    private static Dictionary<UInt128, string[]> Read(string path, string formatter)
    {
        var file = BuildCache.ReadJson(path, Json.MemoFile);
        return file is { Format: Format } && file.Formatter == formatter && !file.Strings.Contains(null)
            && file.Entries.Values.All(numbers => numbers is not null && numbers.All(n => (uint)n < (uint)file.Strings.Length))
            ? file.Entries.ToDictionary(e => e.Key, e => Array.ConvertAll(e.Value, n => file.Strings[n]!))
            : [];
    }

    /// <summary>The file: its format and formatter, each entry's string numbers by key (in key order), then each distinct string once.</summary>
    private byte[] Write(IEnumerable<KeyValuePair<UInt128, string[]>> entries)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string text) => numbers.TryGetValue(text, out var number) ? number : numbers[text] = numbers.Count;
        var file = new MemoFile(Format, formatter, entries.ToDictionary(e => e.Key, e => Array.ConvertAll(e.Value, Number)), []);
        return JsonSerializer.SerializeToUtf8Bytes(file with { Strings = [.. numbers.OrderBy(n => n.Value).Select(n => n.Key)] }, Json.MemoFile);
    }
}

/// <summary>citations.json: many entries share a string (a source's short note), so each string is kept once and entries number them.</summary>
internal sealed record MemoFile(string Format, string Formatter, Dictionary<UInt128, int[]> Entries, string?[] Strings);

[JsonSerializable(typeof(MemoFile))]
internal sealed partial class MemoJson : JsonSerializerContext;
