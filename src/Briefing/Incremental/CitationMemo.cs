using System.Collections.Concurrent;
using System.Text.Encodings.Web;

namespace Briefing.Incremental;

/// <summary>
/// Formatted citations kept between builds (citations.json in the build's cache folder), each under a
/// hash of everything its formatting read: the items' CSL-JSON, the cites, the notes. The file is kept
/// for one program, style and locale, and survives a deleted output folder: formatting is a pure function.
/// It is read whole and each entry's text decoded when it is used, so that what a build does not use
/// costs one read.
/// </summary>
internal sealed class CitationMemo
{
    private const string Format = "briefing citation memo 1";

    private readonly string _path;
    private readonly string _formatter;
    private readonly ConcurrentDictionary<UInt128, string[]> _added = new();
    private readonly bool _keepUnused;

    // Read in the background from the moment the memo is opened: the build's other work goes on meanwhile.
    private readonly Task<(KeptText Kept, int[] Hits)> _read;

    private CitationMemo(string path, string formatter, bool keepUnused)
    {
        (_path, _formatter, _keepUnused) = (path, formatter, keepUnused);
        _read = Task.Run(() =>
        {
            var kept = Read(path, formatter);
            return (kept, new int[kept.Entries.Count]);
        });
    }

    private KeptText Kept => _read.Result.Kept;

    /// <summary>The memo in <paramref name="folder"/> when it was made by this formatter; else an empty one (a file that cannot be read is one).</summary>
    /// <param name="formatter">What the formatting depends on besides its input: the program, the style and the locale.</param>
    /// <param name="keepUnused">
    /// Whether to keep what this build does not use: an incremental build does, for the briefings it takes from the
    /// last output; a full build keeps only what it used.
    /// </param>
    public static CitationMemo Open(string folder, string formatter, bool keepUnused) =>
        new(Path.Combine(folder, "citations.json"), formatter, keepUnused);

    /// <summary>The formatted strings kept under <paramref name="key"/>, or <paramref name="make"/>'s, kept from now on.</summary>
    /// <param name="valid">Whether kept strings are whole: what a damaged file holds is formatted again.</param>
    public string[] Get<TState>(UInt128 key, TState state, Func<TState, string[]> make, Func<string[], bool> valid)
    {
        if (Kept.Entries.TryGetValue(key, out var entry) && Kept.Strings(entry) is var kept && valid(kept))
        {
            _read.Result.Hits[entry] = 1;
            return kept;
        }

        return _added.TryGetValue(key, out var added) ? added : _added.GetOrAdd(key, make(state));
    }

    /// <summary>Writes the memo, when this build added to it or leaves out what it did not use.</summary>
    public void Save()
    {
        var (kept, hits) = _read.Result;
        var keep = kept.Entries.Where(e => (_keepUnused || hits[e.Value] == 1) && !_added.ContainsKey(e.Key)).ToList();
        if (_added.IsEmpty && keep.Count == kept.Entries.Count)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            BuildCache.Replace(_path, Write(keep.Select(e => (e.Key, kept.Strings(e.Value))).Concat(_added.Select(e => (e.Key, e.Value))).OrderBy(e => e.Key)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build formats again.
        }
    }

    private static KeptText Read(string path, string formatter)
    {
        try
        {
            return (File.Exists(path) ? KeptText.Read(File.ReadAllBytes(path), formatter) : null) ?? KeptText.Empty;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return KeptText.Empty; // A memo that cannot be read is an empty one.
        }
    }

    /// <summary>The file, as JSON: its format and formatter, each entry's key and string numbers (in key order), then each distinct string once.</summary>
    private byte[] Write(IEnumerable<(UInt128 Key, string[] Strings)> entries)
    {
        var strings = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("formatter", _formatter);
            writer.WriteStartArray("entries");
            foreach (var (key, values) in entries)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(key.ToString("x32", CultureInfo.InvariantCulture));
                foreach (var value in values)
                {
                    if (!numbers.TryGetValue(value, out var number))
                    {
                        numbers[value] = number = strings.Count;
                        strings.Add(value);
                    }

                    writer.WriteNumberValue(number);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("strings");
            strings.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A memo file as read: its entries by key, and where each string stands in the file, decoded when used.</summary>
    private sealed class KeptText
    {
        public static readonly KeptText Empty = new([], new Dictionary<UInt128, int>(), [], []);

        private readonly byte[] _json;
        private readonly int[][] _numbers;
        private readonly (int At, int Length)[] _strings;

        private KeptText(byte[] json, Dictionary<UInt128, int> entries, int[][] numbers, (int, int)[] strings) =>
            (_json, Entries, _numbers, _strings, _decoded) = (json, entries, numbers, strings, new string?[strings.Length]);

        /// <summary>Each kept entry's key, and its number.</summary>
        public IReadOnlyDictionary<UInt128, int> Entries { get; }

        // Each string decoded once, when an entry first uses it: many entries share one (a source's short note).
        private readonly string?[] _decoded;

        public string[] Strings(int entry) => Array.ConvertAll(_numbers[entry], n => _decoded[n] ??= Decode(n));

        private string Decode(int n)
        {
            var reader = new Utf8JsonReader(_json.AsSpan(_strings[n].At, _strings[n].Length));
            reader.Read();
            return reader.GetString()!;
        }

        /// <summary>The file's entries; null when it was written by another formatter, or is not as <see cref="Write"/> writes it.</summary>
        public static KeptText? Read(byte[] json, string formatter)
        {
            try
            {
                var reader = new Utf8JsonReader(json);
                if (!Next(ref reader, JsonTokenType.StartObject) || Text(ref reader, "format") != Format || Text(ref reader, "formatter") != formatter
                    || !ArrayNamed(ref reader, "entries"))
                {
                    return null;
                }

                var (entries, numbers) = (new Dictionary<UInt128, int>(), new List<int[]>());
                while (Next(ref reader, JsonTokenType.StartArray) && Next(ref reader, JsonTokenType.String))
                {
                    entries[UInt128.Parse(reader.GetString()!, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)] = numbers.Count;
                    var entry = new List<int>();
                    while (Next(ref reader, JsonTokenType.Number))
                    {
                        entry.Add(reader.GetInt32());
                    }

                    numbers.Add(reader.TokenType == JsonTokenType.EndArray ? [.. entry] : throw new JsonException());
                }

                var strings = new List<(int, int)>();
                if (reader.TokenType != JsonTokenType.EndArray || !ArrayNamed(ref reader, "strings"))
                {
                    return null;
                }

                while (Next(ref reader, JsonTokenType.String))
                {
                    strings.Add(((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2));
                }

                var whole = reader.TokenType == JsonTokenType.EndArray && Next(ref reader, JsonTokenType.EndObject)
                    && numbers.All(n => n.All(s => (uint)s < (uint)strings.Count));
                return whole ? new KeptText(json, entries, [.. numbers], [.. strings]) : null;
            }
            catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or InvalidOperationException)
            {
                return null;
            }
        }

        // Reads the next token: whether it is of the type.
        private static bool Next(ref Utf8JsonReader reader, JsonTokenType type) => reader.Read() && reader.TokenType == type;

        // Reads a property of text: its value, or null when the next property is not this one.
        private static string? Text(ref Utf8JsonReader reader, string name) =>
            Next(ref reader, JsonTokenType.PropertyName) && reader.ValueTextEquals(name) && Next(ref reader, JsonTokenType.String) ? reader.GetString() : null;

        // Reads the start of a property's array: whether the next property is this one.
        private static bool ArrayNamed(ref Utf8JsonReader reader, string name) =>
            Next(ref reader, JsonTokenType.PropertyName) && reader.ValueTextEquals(name) && Next(ref reader, JsonTokenType.StartArray);
    }
}
