using BenchmarkDotNet.Running;
using Briefing.Benchmarks;

// dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*'     BenchmarkDotNet, per stage
// dotnet run -c Release --project tests/Briefing.Benchmarks -- stages 500       where a build's time goes
// BRIEFING_CORPUS=/tmp/briefing-bench/corpus-1000/briefing/input benchmarks a generated corpus
// (tests/Briefing.Benchmarks/bench/make-corpus.py) instead of the repository's input/.
if (args is ["stages", ..])
{
    StageTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
