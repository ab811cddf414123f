using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;

namespace Briefing.Layout;

/// <summary>
/// One page's list entries in this build: those it takes from the page the last build wrote, and where
/// each entry it printed (taken or made) is in the page it makes now (<see cref="Result"/>). One render
/// on one thread uses it.
/// </summary>
internal sealed class FragmentPage(PageFragments? previous, string? previousFile) : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<Printed> _printed = [];
    private byte[]? _previousFile;
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

        var page = file.AsSpan();
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
    public void Dispose() => _previousFile = null;

    /// <summary>The last build's page, read once; null when it is not there or has another length than it had.</summary>
    private byte[]? PreviousFile()
    {
        if (!_previousRead)
        {
            _previousRead = true;
            try
            {
                var bytes = previousFile is null ? null : File.ReadAllBytes(previousFile);
                _previousFile = bytes is not null && bytes.Length == previous!.PageLength ? bytes : null;
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
