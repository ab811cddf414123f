using System.Runtime.InteropServices;
using Briefing.Incremental;

namespace Briefing.Tests.Incremental;

/// <summary>
/// The 2 MB-page advice a build gives its heap (<see cref="HugePages"/>): the range comes from
/// /proc/self/maps, and must be the anonymous run around the heap, never a file, the process's own
/// [heap] or a stack; a full build opens the start of the GC's range, and only of it.
/// </summary>
public sealed partial class HugePagesTests
{
    private static readonly string[] Maps =
    [
        "00400000-01000000 r-xp 00000000 fd:01 1234                               /usr/bin/briefing",
        "01000000-01200000 rw-p 00c00000 fd:01 1234                               /usr/bin/briefing",
        "1b000000-1b100000 rw-p 00000000 00:00 0                                  [heap]",
        "7e0000000000-7e0000400000 rw-p 00000000 00:00 0 ",
        "7e0000400000-7e0040000000 ---p 00000000 00:00 0 ",
        "7e0040000000-7e0040800000 rw-p 00000000 00:00 0                          [anon:heap piece]",
        "7e0040800000-7e4000000000 ---p 00000000 00:00 0",
        "7e5000000000-7e5000100000 rw-p 00000000 00:00 0 ",
        "7f0000000000-7f0000200000 r--p 00000000 fd:01 99                         /usr/lib/x86_64-linux-gnu/libc.so.6",
        "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Theory]
    [InlineData(0x7e0000000010UL)]
    [InlineData(0x7e0000500000UL)]
    [InlineData(0x7e0040000000UL)]
    [InlineData(0x7e3fffffffffUL)]
    public void The_range_is_the_contiguous_anonymous_run_around_the_address(ulong address) =>
        Assert.Equal((0x7e0000000000UL, 0x7e4000000000UL), HugePages.Reserved(Maps, address));

    [Fact]
    public void A_gap_ends_the_run() =>
        Assert.Equal((0x7e5000000000UL, 0x7e5000100000UL), HugePages.Reserved(Maps, 0x7e5000000008UL));

    [Theory]
    [InlineData(0x00400010UL)] // the executable
    [InlineData(0x01000010UL)] // its data
    [InlineData(0x1b000010UL)] // [heap]
    [InlineData(0x7f0000000010UL)] // a library
    [InlineData(0x7ffd00000010UL)] // [stack]
    [InlineData(0x7e4800000000UL)] // nothing mapped
    public void Outside_an_anonymous_mapping_there_is_no_range(ulong address) =>
        Assert.Null(HugePages.Reserved(Maps, address));

    [Fact]
    public void An_unreadable_line_gives_no_range() =>
        Assert.Null(HugePages.Reserved([.. Maps, "not a mapping"], 0x7e0000000010UL));

    [Fact]
    public void On_linux_the_advice_covers_this_process_s_managed_heap()
    {
        var inHeap = new byte[64];

        Assert.Equal(OperatingSystem.IsLinux(), HugePages.AdviseHeapAround(inHeap));
        if (OperatingSystem.IsLinux())
        {
            var handle = GCHandle.Alloc(inHeap, GCHandleType.Pinned);
            try
            {
                var address = (ulong)handle.AddrOfPinnedObject();
                var range = HugePages.Reserved(File.ReadAllLines("/proc/self/maps"), address);
                Assert.NotNull(range);
                Assert.InRange(address, range.Value.Start, range.Value.End - 1);
            }
            finally
            {
                handle.Free();
            }
        }
    }

    private const ulong Gib = 1UL << 30;
    private const ulong Mib = 1UL << 20;

    // A GC range of 256 GiB at 0x7e0000000000, its bookkeeping (2.5 GiB) below it, a malloc arena (64 MiB) above.
    private static readonly (ulong Start, ulong End) Run = (0x7e0000000000UL - (5 * Gib / 2), 0x7e0000000000UL + (256 * Gib) + (64 * Mib));

    [Fact]
    public void A_full_build_opens_a_gib_from_the_2_mb_boundary_below_the_heap_s_lowest_address() =>
        Assert.Equal((0x7e0000000000UL, 0x7e0000000000UL + Gib), HugePages.Ahead(Run, 0x7e0000000b00UL, 256 * Gib, Gib));

    [Fact]
    public void The_part_opened_is_at_most_a_quarter_of_the_range() =>
        Assert.Equal((0x7e0000000000UL, 0x7e0000000000UL + (3 * Gib)), HugePages.Ahead((0x7e0000000000UL, 0x7e0000000000UL + (12 * Gib)), 0x7e0000000010UL, 12 * Gib, 64 * Gib));

    [Fact]
    public void The_part_opened_starts_no_lower_than_the_run() =>
        Assert.Equal((0x7e0000100000UL, 0x7e0000100000UL + Gib), HugePages.Ahead((0x7e0000100000UL, 0x7e0000100000UL + (8 * Gib)), 0x7e0000100010UL, 8 * Gib, Gib));

    [Fact]
    public void Under_the_jit_s_runtime_the_bookkeeping_above_the_range_changes_nothing()
    {
        // A range of 512 MiB (DOTNET_GCRegionRange) at 0x7e0000000000, its bookkeeping (2 GiB) just above it.
        var run = (0x7e0000000000UL, 0x7e0000000000UL + (512 * Mib) + (2 * Gib));
        Assert.Equal((0x7e0000000000UL, 0x7e0000000000UL + (128 * Mib)), HugePages.Ahead(run, 0x7e0000000b00UL, 512 * Mib, Gib));
    }

    [Theory]
    [InlineData(0x7e0000000010UL, 512UL * Gib)] // the run is shorter than the range
    [InlineData(0x7e0000000010UL, 0UL)] // no regions
    [InlineData(0x7e0000000000UL + (200 * Gib), 256 * Gib)] // the heap in the range's upper half
    [InlineData(0x7d0000000000UL, 256 * Gib)] // below the run
    public void A_layout_not_the_one_expected_opens_nothing(ulong lowest, ulong regionRange) =>
        Assert.Null(HugePages.Ahead(Run, lowest, regionRange, Gib));

    [Theory]
    [InlineData("always [madvise] never\n", "0\n", true)]
    [InlineData("[always] madvise never\n", "1\n", true)]
    [InlineData("always madvise [never]\n", "0\n", false)]
    [InlineData("always [madvise] never\n", "2\n", false)]
    public void Huge_pages_are_asked_for_where_the_system_offers_them_and_memory_is_not_strictly_accounted(string enabled, string overcommit, bool offered) =>
        Assert.Equal(offered, HugePages.Offered(enabled, overcommit));

    [Fact]
    public void Memory_reserved_and_committed_as_the_gc_does_it_is_split_by_each_commit_unless_opened_first()
    {
        // Linux with transparent huge pages built in (the setting may still be "never": then no 2 MB page is
        // eligible, and the rest holds).
        const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";
        if (!OperatingSystem.IsLinux() || !File.Exists(Setting))
        {
            return;
        }

        var offered = !File.ReadAllText(Setting).Contains("[never]", StringComparison.Ordinal);

        // Without opening: each commit (64 KB read-write, dumpable) becomes a mapping of its own.
        var (start, end) = ReserveAsTheGcDoes(16 * Mib);
        try
        {
            CommitAsTheGcDoes(start + (4 * Mib), 64 * 1024);
            CommitAsTheGcDoes(start + (4 * Mib) + (64 * 1024), 64 * 1024);
            Assert.Equal([(start + (4 * Mib), start + (4 * Mib) + (128 * 1024))], ReadWriteMappings(start, end).Select(m => (m.From, m.To)));
        }
        finally
        {
            Assert.Equal(0, Munmap((nint)start, (nuint)(end - start)));
        }

        // Opened first: one read-write mapping, advised, dumpable and eligible for 2 MB pages, that the
        // same commits leave whole.
        (start, end) = ReserveAsTheGcDoes(16 * Mib);
        try
        {
            CommitAsTheGcDoes(start, 64 * 1024);
            Marshal.WriteByte((nint)start, 1);
            Assert.True(HugePages.Open((start, end)));
            CommitAsTheGcDoes(start + (4 * Mib), 64 * 1024);
            CommitAsTheGcDoes(start + (4 * Mib) + (64 * 1024), 64 * 1024);

            var mapping = Assert.Single(ReadWriteMappings(start, end));
            Assert.Equal((start, end), (mapping.From, mapping.To));
            Assert.Contains(mapping.Fields, field => field.StartsWith("THPeligible:", StringComparison.Ordinal) && field.EndsWith(offered ? " 1" : " 0", StringComparison.Ordinal));
            var flags = Assert.Single(mapping.Fields, field => field.StartsWith("VmFlags:", StringComparison.Ordinal)).Split(' ');
            Assert.Contains("hg", flags);
            Assert.DoesNotContain("dd", flags);
            Assert.Equal(1, Marshal.ReadByte((nint)start)); // what was there stays
        }
        finally
        {
            Assert.Equal(0, Munmap((nint)start, (nuint)(end - start)));
        }
    }

    [Fact]
    public void On_linux_the_start_of_this_process_s_gc_range_is_opened_for_2_mb_pages()
    {
        var ahead = HugePages.AdviseHeapAhead();
        if (!OperatingSystem.IsLinux()
            || !HugePages.Offered(File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled"), File.ReadAllText("/proc/sys/vm/overcommit_memory")))
        {
            Assert.Null(ahead);
            return;
        }

        Assert.NotNull(ahead);
        var (start, end) = ahead.Value;
        Assert.Equal(HugePages.AheadLength, end - start);
        Assert.Equal(0UL, start % (2 * Mib));
        Assert.Equal(ahead, HugePages.AdviseHeapAhead()); // once per process

        // Read-write and advised where the GC has not decommitted since (its decommits, which this test
        // process's other tests set off, put back inaccessible, undumpable mappings of their own).
        var open = ReadWriteMappings(start, end);
        Assert.NotEmpty(open);
        foreach (var (from, to, line, fields) in open)
        {
            var flags = Assert.Single(fields, field => field.StartsWith("VmFlags:", StringComparison.Ordinal)).Split(' ');
            Assert.True(flags.Contains("hg") && !flags.Contains("dd"), line);
        }

        Assert.Equal(end - start, Mappings(start, end).Aggregate(0UL, (sum, m) => sum + (Math.Min(m.To, end) - Math.Max(m.From, start))));
    }

    private static (ulong Start, ulong End) ReserveAsTheGcDoes(ulong length)
    {
        // Inaccessible and left out of core dumps, on a 2 MB boundary (reserved 2 MB more, then trimmed).
        var reserved = (ulong)Mmap(0, (nuint)(length + (2 * Mib)), ProtNone, MapPrivate | MapAnonymous, -1, 0);
        Assert.NotEqual(ulong.MaxValue, reserved);
        var start = (reserved + (2 * Mib) - 1) & ~((2 * Mib) - 1);
        if (start > reserved)
        {
            Assert.Equal(0, Munmap((nint)reserved, (nuint)(start - reserved)));
        }

        if (reserved + length + (2 * Mib) > start + length)
        {
            Assert.Equal(0, Munmap((nint)(start + length), (nuint)(reserved + length + (2 * Mib) - (start + length))));
        }

        Assert.Equal(0, Madvise((nint)start, (nuint)length, MadviseDontDump));
        return (start, start + length);
    }

    private static void CommitAsTheGcDoes(ulong address, ulong length)
    {
        Assert.Equal(0, Mprotect((nint)address, (nuint)length, ProtReadWrite));
        Assert.Equal(0, Madvise((nint)address, (nuint)length, MadviseDoDump));
    }

    private static List<(ulong From, ulong To, string Line, List<string> Fields)> ReadWriteMappings(ulong start, ulong end) =>
        [.. Mappings(start, end).Where(m => m.Line.Contains(" rw-p ", StringComparison.Ordinal))];

    /// <summary>The mappings of /proc/self/smaps that overlap [start, end), each with its fields.</summary>
    private static List<(ulong From, ulong To, string Line, List<string> Fields)> Mappings(ulong start, ulong end)
    {
        var smaps = File.ReadAllLines("/proc/self/smaps");
        var over = new List<(ulong, ulong, string, List<string>)>();
        for (var i = 0; i < smaps.Length; i++)
        {
            if (Mapping(smaps[i]) is var (from, to) && to > start && from < end)
            {
                over.Add((from, to, smaps[i], smaps.Skip(i + 1).TakeWhile(line => Mapping(line) is null).ToList()));
            }
        }

        return over;
    }

    private static (ulong From, ulong To)? Mapping(string smapsLine)
    {
        var range = smapsLine.Split(' ', 2)[0];
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && ulong.TryParse(range.AsSpan(0, dash), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var from)
            && ulong.TryParse(range.AsSpan(dash + 1), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var to)
                ? (from, to)
                : null;
    }

    private const int ProtNone = 0;
    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MapPrivate = 0x02;
    private const int MapAnonymous = 0x20;
    private const int MadviseDontDump = 16;
    private const int MadviseDoDump = 17;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static partial int Munmap(nint address, nuint length);

    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static partial int Mprotect(nint address, nuint length, int protection);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
