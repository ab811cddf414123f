using BenchmarkDotNet.Attributes;
using Briefing.CitationFormatting;
using Briefing.Content;
using Briefing.Csl;

namespace Briefing.Benchmarks;

/// <summary>
/// Formatting every shared source with the bundled Chicago styles: the bibliography of all of them,
/// and a first (full) note of each. The styles are compiled once per build, outside the measured
/// work. `-- --filter '*CitationBenchmarks*'`, with BRIEFING_CORPUS for a generated corpus (400 sources).
/// </summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    private readonly CslFormatter _formatter = CslFormatter.For(null);
    private Content.CslItem[] _items = null!;

    [GlobalSetup]
    public void Setup() => _items = [.. new BriefingFixture().Sources.Sources.Values.Select(s => s.Item)];

    [Benchmark]
    public int BibliographyEntries() => _formatter.Bibliography(_items).Sum(e => e.Html.Length);

    [Benchmark]
    public int FirstNotes() =>
        _formatter.Citations([.. _items.Select((item, i) => new NoteCitation([(item, new CslCite(item.Id))], i + 1, false))], full: true)
            .Sum(html => html.Length);
}
