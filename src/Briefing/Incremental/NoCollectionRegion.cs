using System.Runtime;

namespace Briefing.Incremental;

/// <summary>
/// Asks the GC to collect nothing while a rebuild runs. A rebuild allocates little (65 MB at 4,000
/// briefings, index, topics and feed made again) but holds the whole manifest it has just read, and
/// the large index and feed set off full, compacting collections that copied all of it: four per
/// rebuild, 60 ms of a 210 ms rebuild. Past the budget, or once disposed, collections go on as usual.
/// </summary>
internal sealed class NoCollectionRegion : IDisposable
{
    // Memory the GC sets aside, not memory the process touches: a rebuild's resident size does not move.
    private const long Budget = 256L << 20;

    private bool _started;

    private NoCollectionRegion(bool started) => _started = started;

    public static NoCollectionRegion Begin()
    {
        try
        {
            var started = GC.TryStartNoGCRegion(Budget);
            if (started && HugePages.OpenedAhead is null)
            {
                // The region's budget is committed now, whole: 2 MB pages can back it (see HugePages).
                // Where the build opened the GC's range ahead, the budget lies in that part, advised
                // already: /proc/self/maps is not read again.
                HugePages.AdviseHeapAround(new byte[1]);
            }

            return new(started);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this GC can promise, or another build of this process has asked already.
            return new(false);
        }
    }

    /// <summary>
    /// Ends the region before a full build. The region's first generation stays as large as its budget
    /// until the next collection (a full build then grew to 400 MB), and a collection of that generation
    /// alone still left the full build 6% slower than one without a manifest: one full collection now,
    /// while little but the theme, the sources and the briefings begun ahead of them is alive, puts every
    /// generation back as it was.
    /// </summary>
    public void EndForFullBuild()
    {
        var started = _started;
        Dispose();
        if (started)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }

    public void Dispose()
    {
        if (!_started)
        {
            return;
        }

        _started = false;
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The region had ended already: the budget was spent, or something collected.
        }
    }
}
