using System.IO.Hashing;
using System.Text;

namespace Briefing.Layout;

/// <summary>
/// Where each list entry is in the site-wide pages the last build wrote (the index, topic pages and
/// feed): for each page, each entry's <see cref="FragmentKey"/>, its bytes' place in the page and their
/// hash. A rebuild that makes such a page again takes every entry whose key it finds from the page in
/// output/ (after checking the bytes' hash) and prints only the others (see <see cref="CachedLoops"/>).
/// The store holds no text of its own: only places. Kept beside the build cache's manifest; used only by
/// a build with the same cache key.
/// </summary>
internal sealed class ListFragments
{
    private static readonly byte[] Magic = "BRIEFING-FRAGMENTS 2\n"u8.ToArray();

    // An entry as stored: loop, key (two halves), offset, length, hash.
    private const int EntryBytes = sizeof(int) + (2 * sizeof(ulong)) + (2 * sizeof(int)) + sizeof(ulong);

    private readonly Dictionary<string, PageFragments> _pages;

    private ListFragments(Dictionary<string, PageFragments> pages, string? cacheKey = null)
    {
        _pages = pages;
        CacheKey = cacheKey;
    }

    public static ListFragments Empty { get; } = new([]);

    /// <summary>The build cache's key the store was read under (null for one made in this build).</summary>
    public string? CacheKey { get; }

    /// <summary>Where the entries of <paramref name="page"/> are in it as the last build wrote it; null when the store does not know it.</summary>
    public PageFragments? PageOf(string page) => _pages.GetValueOrDefault(page);

    public static ListFragments Of(IEnumerable<KeyValuePair<string, PageFragments>> pages) => new(new(pages, StringComparer.Ordinal));

    /// <summary>The store as bytes, under <paramref name="cacheKey"/>, ending in a checksum of the rest.</summary>
    public byte[] ToBytes(string cacheKey)
    {
        var stream = new MemoryStream((_pages.Values.Sum(p => p.Count) * EntryBytes) + (1 << 12));
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(cacheKey);
        writer.Write(_pages.Count);
        foreach (var (path, page) in _pages)
        {
            writer.Write(path);
            writer.Write(page.PageLength);
            writer.Write(page.Count);
            for (var i = 0; i < page.Count; i++)
            {
                var (key, offset, length, hash) = page[i];
                writer.Write(key.Loop);
                writer.Write((ulong)key.Item);
                writer.Write((ulong)(key.Item >> 64));
                writer.Write(offset);
                writer.Write(length);
                writer.Write(hash);
            }
        }

        writer.Flush();
        writer.Write(XxHash3.HashToUInt64(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>The store <see cref="ToBytes"/> made, with the key it was made under; null for anything but such a store, whole.</summary>
    public static ListFragments? Read(byte[] bytes)
    {
        if (bytes.Length < sizeof(ulong)
            || XxHash3.HashToUInt64(bytes.AsSpan(0, bytes.Length - sizeof(ulong))) != BitConverter.ToUInt64(bytes, bytes.Length - sizeof(ulong)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - sizeof(ulong), writable: false), Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                return null;
            }

            var cacheKey = reader.ReadString();
            var pageCount = ReadCount(reader, bytes.Length);
            var pages = new Dictionary<string, PageFragments>(pageCount, StringComparer.Ordinal);
            for (var p = 0; p < pageCount; p++)
            {
                var path = reader.ReadString();
                var pageLength = ReadCount(reader, int.MaxValue);
                var count = ReadCount(reader, bytes.Length / EntryBytes);
                var keys = new FragmentKey[count];
                var offsets = new int[count];
                var lengths = new int[count];
                var hashes = new ulong[count];
                for (var i = 0; i < count; i++)
                {
                    var loop = reader.ReadInt32();
                    var low = reader.ReadUInt64();
                    var high = reader.ReadUInt64();
                    keys[i] = new FragmentKey(loop, new UInt128(high, low));
                    offsets[i] = ReadCount(reader, pageLength);
                    lengths[i] = ReadCount(reader, pageLength - offsets[i]);
                    hashes[i] = reader.ReadUInt64();
                }

                pages[path] = new PageFragments(pageLength, keys, offsets, lengths, hashes);
            }

            return reader.BaseStream.Position == reader.BaseStream.Length ? new ListFragments(pages, cacheKey) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static int ReadCount(BinaryReader reader, int most)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= most ? count : throw new FormatException("A count out of range.");
    }
}

/// <summary>Where each list entry of one page is in it: its key, its bytes' offset and length, and their XXH3 hash.</summary>
internal sealed class PageFragments
{
    private readonly FragmentKey[] _keys;
    private readonly int[] _offsets;
    private readonly int[] _lengths;
    private readonly ulong[] _hashes;
    private readonly Dictionary<FragmentKey, int> _index;

    public PageFragments(int pageLength, FragmentKey[] keys, int[] offsets, int[] lengths, ulong[] hashes)
    {
        PageLength = pageLength;
        _keys = keys;
        _offsets = offsets;
        _lengths = lengths;
        _hashes = hashes;
        _index = new Dictionary<FragmentKey, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            _index.TryAdd(keys[i], i);
        }
    }

    /// <summary>The page's length in bytes.</summary>
    public int PageLength { get; }

    public int Count => _keys.Length;

    public (FragmentKey Key, int Offset, int Length, ulong Hash) this[int i] => (_keys[i], _offsets[i], _lengths[i], _hashes[i]);

    public bool TryFind(FragmentKey key, out int at) => _index.TryGetValue(key, out at);
}
