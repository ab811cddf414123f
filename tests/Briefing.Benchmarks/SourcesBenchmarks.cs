using BenchmarkDotNet.Attributes;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Benchmarks;

/// <summary>
/// Reading the shared sources file (sources.json, CSL-JSON): every build reads it before its first
/// briefing can cite anything, so its time is part of what a build costs however few briefings it has.
/// `-- --filter '*SourcesBenchmarks*'`, with BRIEFING_CORPUS for a generated corpus (400 sources).
/// </summary>
[MemoryDiagnoser]
public class SourcesBenchmarks
{
    private readonly string _input = new BriefingFixture().Input;

    [Benchmark]
    public int SharedSources() => LoadSources.Run(_input, SourceLibrary.Empty, new DiagnosticBag()).Sources.Count;
}
