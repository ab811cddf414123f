using BenchmarkDotNet.Attributes;
using Briefing.Citations;
using Briefing.Content;

namespace Briefing.Benchmarks;

/// <summary>
/// Formatting every shared source once, as a build does the first time each is cited: its
/// bibliography entry and sort key, and a first (full) note. A build formats each source once and
/// then takes it from the cache, so this cost is per source, not per briefing: a small site pays
/// it over fewer briefings. `-- --filter '*CitationBenchmarks*'`, with BRIEFING_CORPUS for a
/// generated corpus (400 sources).
/// </summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    private CslItem[] _items = null!;

    [GlobalSetup]
    public void Setup() => _items = [.. new BriefingFixture().Sources.Sources.Values.Select(s => s.Item)];

    [Benchmark]
    public int BibliographyEntries()
    {
        var length = 0;
        foreach (var item in _items)
        {
            length += ChicagoStyle.FormatBibliographyEntry(item).Length + ChicagoStyle.SortKey(item).Length;
        }

        return length;
    }

    [Benchmark]
    public int FirstNotes()
    {
        var length = 0;
        foreach (var item in _items)
        {
            length += ChicagoStyle.FormatCluster([new CitedItem(new Cite(item.Id, "", "", null), item, CitationPosition.First)]).Length;
        }

        return length;
    }
}
