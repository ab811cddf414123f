using System.Runtime.InteropServices;

namespace Briefing.Incremental;

/// <summary>
/// Asks Linux to back the GC's heap with 2 MB pages (transparent huge pages, <c>madvise(MADV_HUGEPAGE)</c>).
/// A build's heap grows into memory it touches for the first time, and on the virtual machines measured
/// the first write to a 4 KB page costs a fault of 3 to 10 µs, where a 2 MB page takes one fault for
/// 512 of them. Advice only: where the kernel has no huge page to give, or transparent
/// huge pages are off, memory is what it was.
/// </summary>
internal static partial class HugePages
{
    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MadviseHugePage = 14;
    private const int MadviseDoDump = 17;

    /// <summary>How much of the GC's range, from its start, <see cref="AdviseHeapAhead"/> opens at once.</summary>
    internal const ulong AheadLength = 1UL << 30;

    private static readonly Lock AheadLock = new();
    private static bool _triedAhead;
    private static (ulong Start, ulong End)? _ahead;

    /// <summary>
    /// Readies the first <see cref="AheadLength"/> of the GC's address range for 2 MB pages before a
    /// build's heap grows into it; once per process, at its start. The part readied, now or before, or
    /// null where it was not.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Advice alone does not do it here. The GC reserves its range inaccessible and excluded from core
    /// dumps, then commits it 64 KB at a time (<c>mprotect</c> to read-write, <c>madvise(MADV_DODUMP)</c>),
    /// and each commit leaves the newly committed part a mapping of its own: the kernel gives a 2 MB page
    /// only to a fault whose whole aligned 2 MB lies in one mapping, so every fault in the heap took a
    /// 4 KB page, whatever the advice or the system's setting. This opens the range's start as commits
    /// would, ahead of them: read-write, dumpable and advised. The GC's own commits there then change
    /// nothing, its mappings stay whole regions (4 MB and up, on 2 MB boundaries), and its first touch
    /// of each 2 MB takes one fault.
    /// </para>
    /// <para>
    /// Nothing here takes memory away from the GC or changes what it holds: it only opens, early, memory
    /// the GC has reserved and would open itself, and its decommits still return pages as before. The
    /// range is found from the GC's configured size (<c>GCRegionRange</c>) and /proc/self/maps; where
    /// either is not as expected (no regions, no range around the heap), nothing is done. Skipped where
    /// memory is strictly accounted (<c>vm.overcommit_memory</c> = 2), as opening counts against it, and
    /// with <c>BRIEFING_HUGE_PAGES=0</c> (for measuring without it).
    /// </para>
    /// </remarks>
    public static (ulong Start, ulong End)? AdviseHeapAhead()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("BRIEFING_HUGE_PAGES") == "0")
        {
            return null;
        }

        lock (AheadLock)
        {
            if (!_triedAhead)
            {
                _triedAhead = true;
                _ahead = OpenAhead();
            }

            return _ahead;
        }
    }

    /// <summary>The part <see cref="AdviseHeapAhead"/> opened, when it has; null before or where it did not.</summary>
    public static (ulong Start, ulong End)? OpenedAhead
    {
        get
        {
            lock (AheadLock)
            {
                return _ahead;
            }
        }
    }

    private static (ulong Start, ulong End)? OpenAhead()
    {
        try
        {
            if (!Offered(File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled"), File.ReadAllText("/proc/sys/vm/overcommit_memory"))
                || !GC.GetConfigurationVariables().TryGetValue("GCRegionRange", out var configured)
                || configured is not long regionRange || regionRange <= 0)
            {
                return null;
            }

            // The heap's lowest address now: a new object's, and a pinned one's (the pinned heap's first
            // region opens the range in the GC measured).
            var lowest = Math.Min(AddressOf(new byte[1]), AddressOf(GC.AllocateArray<byte>(1, pinned: true)));
            if (Reserved(File.ReadAllLines("/proc/self/maps"), lowest) is not { } run
                || Ahead(run, lowest, (ulong)regionRange, AheadLength) is not { } ahead)
            {
                return null;
            }

            return Open(ahead) ? ahead : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Opens reserved memory as the GC's commits would (read-write, included in core dumps) and advises
    /// it for 2 MB pages, so that later commits there change nothing; false when the kernel refused.
    /// </summary>
    internal static bool Open((ulong Start, ulong End) part)
    {
        var length = (nuint)(part.End - part.Start);
        return Mprotect((nint)part.Start, length, ProtReadWrite) == 0
            && Madvise((nint)part.Start, length, MadviseDoDump) == 0
            && Madvise((nint)part.Start, length, MadviseHugePage) == 0;
    }

    /// <summary>
    /// Whether 2 MB pages can be asked for (the system's setting is <c>always</c> or <c>madvise</c>, not
    /// <c>never</c>) and memory is not strictly accounted.
    /// </summary>
    internal static bool Offered(string transparentHugePages, string overcommit) =>
        (transparentHugePages.Contains("[always]", StringComparison.Ordinal) || transparentHugePages.Contains("[madvise]", StringComparison.Ordinal))
        && overcommit.Trim() != "2";

    /// <summary>
    /// The part of the GC's range to open: <paramref name="length"/> bytes, at most a quarter of the range
    /// (<paramref name="regionRange"/> bytes), from the 2 MB boundary at or below <paramref name="lowest"/>,
    /// the lowest address the heap holds. The GC fills its range from the bottom, so its lowest address
    /// is at or near the range's start, and a quarter of the range from there stays within it. (Its
    /// bookkeeping is reserved beside the range, below it in a native executable and above it under the
    /// JIT's runtime, and the anonymous <paramref name="run"/> around the heap holds both.) Where the run
    /// is shorter than the range, or the lowest address lies in the top half of the run's last
    /// <paramref name="regionRange"/> bytes, the layout is not the one expected: nothing. (So the part
    /// ends at least a quarter of the range below the run's end.)
    /// </summary>
    internal static (ulong Start, ulong End)? Ahead((ulong Start, ulong End) run, ulong lowest, ulong regionRange, ulong length)
    {
        const ulong HugePage = 2UL << 20;
        if (regionRange == 0 || run.End - run.Start < regionRange || lowest < run.Start || lowest >= run.End - (regionRange / 2))
        {
            return null;
        }

        var start = Math.Max(lowest & ~(HugePage - 1), run.Start);
        return (start, start + Math.Min(length, regionRange / 4));
    }

    private static ulong AddressOf(byte[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>
    /// Advises the run of anonymous mappings around <paramref name="inHeap"/> (the GC's reserved range and
    /// its bookkeeping) for a rebuild's no-collection region, which commits its whole budget at once, in
    /// 4 MB regions, so that advice alone suffices; false when it could not.
    /// </summary>
    public static bool AdviseHeapAround(byte[] inHeap)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Reserved(File.ReadAllLines("/proc/self/maps"), AddressOf(inHeap)) is var (start, end)
                && Madvise((nint)start, (nuint)(end - start), MadviseHugePage) == 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// From /proc/self/maps, the contiguous run of anonymous mappings (no file, [heap] or [stack]) holding
    /// <paramref name="address"/>: the GC reserves its heap as one range, which commits split into pieces.
    /// </summary>
    internal static (ulong Start, ulong End)? Reserved(IReadOnlyList<string> maps, ulong address)
    {
        var ranges = new List<(ulong Start, ulong End, bool Anonymous)>(maps.Count);
        foreach (var line in maps)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var dash = fields.Length >= 5 ? fields[0].IndexOf('-', StringComparison.Ordinal) : -1;
            if (dash < 0
                || !TryParseHex(fields[0].AsSpan(0, dash), out var start)
                || !TryParseHex(fields[0].AsSpan(dash + 1), out var end))
            {
                return null;
            }

            // Unnamed, or named by the process (prctl's "[anon:…]"): not a file, the heap or a stack.
            var name = fields.Length == 5 ? "" : fields[5].Trim();
            ranges.Add((start, end, name.Length == 0 || name.StartsWith("[anon:", StringComparison.Ordinal)));
        }

        var at = ranges.FindIndex(r => r.Start <= address && address < r.End);
        if (at < 0 || !ranges[at].Anonymous)
        {
            return null;
        }

        var first = at;
        while (first > 0 && ranges[first - 1].Anonymous && ranges[first - 1].End == ranges[first].Start)
        {
            first--;
        }

        var last = at;
        while (last + 1 < ranges.Count && ranges[last + 1].Anonymous && ranges[last + 1].Start == ranges[last].End)
        {
            last++;
        }

        return (ranges[first].Start, ranges[last].End);
    }

    // An address as /proc/self/maps writes it: hexadecimal digits, lower case. Read here rather than by
    // ulong.TryParse, whose number format would be the first use of the process's culture data, which
    // loads ICU (8 ms on the machine measured) on this thread, before the build needs it.
    private static bool TryParseHex(ReadOnlySpan<char> text, out ulong value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 16)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)digit;
        }

        return true;
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static partial int Mprotect(nint address, nuint length, int protection);
}
