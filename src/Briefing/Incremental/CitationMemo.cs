using System.Collections.Concurrent;
using System.Text;

namespace Briefing.Incremental;

/// <summary>
/// Formatted citations kept between builds (citations.bin in the build's cache folder), each under a
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
    private readonly KeptText _kept;
    private readonly int[] _hits;
    private readonly ConcurrentDictionary<UInt128, string[]> _added = new();

    private CitationMemo(string path, string formatter, KeptText kept) =>
        (_path, _formatter, _kept, _hits) = (path, formatter, kept, new int[kept.Entries.Count]);

    /// <summary>The memo in <paramref name="folder"/> when it was made by this formatter; else an empty one (a file that cannot be read is one).</summary>
    /// <param name="formatter">What the formatting depends on besides its input: the program, the style and the locale.</param>
    public static CitationMemo Open(string folder, string formatter)
    {
        var path = Path.Combine(folder, "citations.bin");
        KeptText? kept = null;
        try
        {
            kept = File.Exists(path) ? KeptText.Read(File.ReadAllBytes(path), formatter) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return new CitationMemo(path, formatter, kept ?? KeptText.Empty);
    }

    /// <summary>How many entries the memo held when it was opened.</summary>
    public int Count => _kept.Entries.Count;

    /// <summary>The formatted strings kept under <paramref name="key"/>, or <paramref name="make"/>'s, kept from now on.</summary>
    public string[] Get<TState>(UInt128 key, TState state, Func<TState, string[]> make)
    {
        if (_kept.Entries.TryGetValue(key, out var entry))
        {
            _hits[entry] = 1;
            return _kept.Strings(entry);
        }

        return _added.TryGetValue(key, out var added) ? added : _added.GetOrAdd(key, make(state));
    }

    /// <summary>
    /// Writes the memo when this build added to it, or when <paramref name="prune"/> (a full build) leaves out
    /// entries it did not use; an incremental build keeps them, for the briefings it took from the last output.
    /// </summary>
    public void Save(bool prune)
    {
        var keep = _kept.Entries.Where(e => !prune || _hits[e.Value] == 1).ToList();
        if (_added.IsEmpty && keep.Count == _kept.Entries.Count)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            BuildCache.Replace(_path, Write(keep.Select(e => (e.Key, _kept.Strings(e.Value))).Concat(_added.Select(e => (e.Key, e.Value))).OrderBy(e => e.Key)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next build formats again.
        }
    }

    /// <summary>The file: its format and formatter, each entry's key and string numbers (in key order), then each distinct string once.</summary>
    private byte[] Write(IEnumerable<(UInt128 Key, string[] Strings)> entries)
    {
        var strings = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = entries.ToList();
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Format);
        writer.Write(_formatter);
        writer.Write(kept.Count);
        foreach (var (key, values) in kept)
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            writer.Write(values.Length);
            foreach (var value in values)
            {
                if (!numbers.TryGetValue(value, out var number))
                {
                    numbers[value] = number = strings.Count;
                    strings.Add(value);
                }

                writer.Write(number);
            }
        }

        writer.Write(strings.Count);
        foreach (var text in strings)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>A memo file as read: its entries by key, each string's place in the file's bytes, decoded when used.</summary>
    private sealed class KeptText
    {
        public static readonly KeptText Empty = new([], new Dictionary<UInt128, int>(), [], []);

        private readonly byte[] _bytes;
        private readonly int[][] _numbers;
        private readonly (int At, int Length)[] _strings;

        private KeptText(byte[] bytes, Dictionary<UInt128, int> entries, int[][] numbers, (int, int)[] strings) =>
            (_bytes, Entries, _numbers, _strings) = (bytes, entries, numbers, strings);

        /// <summary>Each kept entry's key, and its number.</summary>
        public IReadOnlyDictionary<UInt128, int> Entries { get; }

        public string[] Strings(int entry) =>
            Array.ConvertAll(_numbers[entry], n => Encoding.UTF8.GetString(_bytes, _strings[n].At, _strings[n].Length));

        /// <summary>The file's entries; null when it was written by another formatter or is not whole.</summary>
        public static KeptText? Read(byte[] bytes, string formatter)
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            try
            {
                if (reader.ReadString() != Format || reader.ReadString() != formatter)
                {
                    return null;
                }

                var entries = new Dictionary<UInt128, int>();
                var numbers = new int[Count(reader, bytes.Length)][];
                for (var i = 0; i < numbers.Length; i++)
                {
                    var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
                    numbers[i] = new int[Count(reader, bytes.Length)];
                    for (var k = 0; k < numbers[i].Length; k++)
                    {
                        numbers[i][k] = reader.ReadInt32();
                    }

                    entries[key] = i;
                }

                var strings = new (int, int)[Count(reader, bytes.Length)];
                for (var i = 0; i < strings.Length; i++)
                {
                    var length = Count(reader, bytes.Length);
                    strings[i] = ((int)reader.BaseStream.Position, length);
                    reader.BaseStream.Seek(length, SeekOrigin.Current);
                }

                var whole = reader.BaseStream.Position == bytes.Length && numbers.All(n => n.All(s => (uint)s < (uint)strings.Length));
                return whole ? new KeptText(bytes, entries, numbers, strings) : null;
            }
            catch (Exception ex) when (ex is EndOfStreamException or FormatException)
            {
                return null;
            }
        }

        // A count no larger than what is left of the file: a damaged count cannot make the reader allocate more.
        private static int Count(BinaryReader reader, int length)
        {
            var count = reader.ReadInt32();
            return count >= 0 && count <= length - reader.BaseStream.Position ? count : throw new EndOfStreamException();
        }
    }
}
