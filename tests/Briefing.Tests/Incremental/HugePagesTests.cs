using System.Runtime.InteropServices;
using Briefing.Incremental;

namespace Briefing.Tests.Incremental;

/// <summary>
/// The 2 MB-page advice a rebuild gives its heap (<see cref="HugePages"/>): the range comes from
/// /proc/self/maps, and must be the anonymous run around the heap, never a file, the process's own
/// [heap] or a stack.
/// </summary>
public sealed class HugePagesTests
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
}
