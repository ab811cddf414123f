using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Briefing.Output;

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

/// <summary>
/// One page's list entries in this build: those it takes from the page the last build wrote, and where
/// each entry it printed (taken or made) is in the page it makes now (<see cref="Result"/>). One render
/// on one thread uses it.
/// </summary>
internal sealed class FragmentPage(PageFragments? previous, string? previousFile) : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<Printed> _printed = [];
    private MappedFile? _previousFile;
    private bool _previousRead;

    /// <summary>How many entries the render made rather than took.</summary>
    public int MadeCount { get; private set; }

    /// <summary>Where each entry is in the page made now; null until the page is made, or when its entries could not all be placed.</summary>
    public PageFragments? Result { get; private set; }

    /// <summary>The entries printed into the content, in order: where each is in it, in characters.</summary>
    internal IReadOnlyList<Printed> Entries => _printed;

    /// <summary>
    /// The bytes the entry of <paramref name="key"/> had in the page the last build wrote, when that page
    /// is in output/ as it was written and the bytes still have their hash.
    /// </summary>
    public bool TryGetPrevious(FragmentKey key, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (previous is null || !previous.TryFind(key, out var at) || PreviousFile() is not { } file)
        {
            return false;
        }

        var page = file.Bytes;
        var (_, offset, length, hash) = previous[at];
        if ((long)offset + length > page.Length)
        {
            return false;
        }

        bytes = page.Slice(offset, length);
        return XxHash3.HashToUInt64(bytes) == hash;
    }

    /// <summary>A loop's text for <paramref name="key"/> from the last build's page, put at the end of <paramref name="builder"/>; false when there is none.</summary>
    public bool TryTake(FragmentKey key, StringBuilder builder)
    {
        if (!TryGetPrevious(key, out var bytes))
        {
            return false;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var count = Strict.GetChars(bytes, chars);
            _printed.Add(new Printed(key, builder.Length, count));
            builder.Append(chars, 0, count);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>A loop's text for <paramref name="key"/>, printed into <paramref name="builder"/> from <paramref name="start"/> on.</summary>
    public void Made(FragmentKey key, StringBuilder builder, int start)
    {
        _printed.Add(new Printed(key, start, builder.Length - start));
        MadeCount++;
    }

    /// <summary>Counts an entry printed without a loop (the feed writes its own: see <see cref="Place(ReadOnlySpan{byte}, IReadOnlyList{ValueTuple{FragmentKey, int, int}})"/>).</summary>
    public void CountMade() => MadeCount++;

    /// <summary>
    /// The page is made: <paramref name="page"/>, with each printed entry at the byte offset and length
    /// <paramref name="places"/> gives (in the order printed). Sets <see cref="Result"/>.
    /// </summary>
    public void Place(ReadOnlySpan<byte> page, IReadOnlyList<(FragmentKey Key, int Offset, int Length)> places)
    {
        var keys = new FragmentKey[places.Count];
        var offsets = new int[places.Count];
        var lengths = new int[places.Count];
        var hashes = new ulong[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            var (key, offset, length) = places[i];
            if (offset < 0 || length < 0 || (long)offset + length > page.Length)
            {
                Result = null;
                return;
            }

            keys[i] = key;
            offsets[i] = offset;
            lengths[i] = length;
            hashes[i] = XxHash3.HashToUInt64(page.Slice(offset, length));
        }

        Result = new PageFragments(page.Length, keys, offsets, lengths, hashes);
    }

    /// <summary>Lets go of the last build's page: after the page is made, nothing reads it.</summary>
    public void Dispose()
    {
        _previousFile?.Dispose();
        _previousFile = null;
    }

    private MappedFile? PreviousFile()
    {
        if (!_previousRead)
        {
            _previousRead = true;
            try
            {
                _previousFile = previousFile is null ? null : MappedFile.Open(previousFile, previous!.PageLength);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _previousFile = null;
            }
        }

        return _previousFile;
    }

    /// <summary>An entry a loop printed: its key and where its text is in the content, in characters.</summary>
    internal readonly record struct Printed(FragmentKey Key, int Start, int Length);
}

/// <summary>
/// The list pages' fragments in one build: each page made takes from the last build's page and records
/// where its entries are now; <see cref="Next"/> is the store for the build after.
/// </summary>
internal sealed class SiteFragments(ListFragments stored, string outputFolder)
{
    private readonly ConcurrentDictionary<string, FragmentPage> _made = new(StringComparer.Ordinal);

    /// <summary>The fragment page of <paramref name="page"/> (a path under output/), which is being made.</summary>
    public FragmentPage For(string page) =>
        _made[page] = new FragmentPage(stored.PageOf(page), Path.Combine(outputFolder, page.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>How many entries the pages made, rather than took.</summary>
    public int MadeCount => _made.Values.Sum(p => p.MadeCount);

    /// <summary>Lets go of the last build's pages, once this build's are made.</summary>
    public void Release()
    {
        foreach (var page in _made.Values)
        {
            page.Dispose();
        }
    }

    /// <summary>
    /// The store for the next build, over the list pages as they are now: each page made in this build
    /// where its entries are in it, each page left as it was as the last store had it.
    /// </summary>
    public ListFragments Next(IEnumerable<string> pages)
    {
        var next = new List<KeyValuePair<string, PageFragments>>();
        foreach (var page in pages)
        {
            var fragments = _made.TryGetValue(page, out var made) ? made.Result : stored.PageOf(page);
            if (fragments is not null)
            {
                next.Add(KeyValuePair.Create(page, fragments));
            }
        }

        return ListFragments.Of(next);
    }
}
