using System.Globalization;
using System.Runtime.InteropServices;

namespace Briefing.Incremental;

/// <summary>
/// Asks Linux to back the GC's heap with 2 MB pages (transparent huge pages, <c>madvise(MADV_HUGEPAGE)</c>)
/// while a rebuild's no-collection region runs. The region commits its whole budget at once, in 4 MB
/// regions, and everything the rebuild makes lands in memory it touches for the first time: with 4 KB
/// pages, a tenth of the rebuild went to page faults. Advice only: where the kernel has no huge page to
/// give, or transparent huge pages are off, memory is what it was.
/// </summary>
internal static partial class HugePages
{
    private const int MadviseHugePage = 14;

    /// <summary>Advises the run of anonymous mappings around <paramref name="inHeap"/> (the GC's reserved range); false when it could not.</summary>
    public static bool AdviseHeapAround(byte[] inHeap)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var handle = GCHandle.Alloc(inHeap, GCHandleType.Pinned);
        ulong address;
        try
        {
            address = (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }

        try
        {
            return Reserved(File.ReadAllLines("/proc/self/maps"), address) is var (start, end)
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
                || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
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

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
