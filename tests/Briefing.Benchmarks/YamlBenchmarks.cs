using BenchmarkDotNet.Attributes;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Benchmarks;

/// <summary>
/// Reading the annotations.yml files and the front matter of up to 1,000 briefings with YamlDotNet's
/// parser: `-- --filter '*YamlBenchmarks*'` (with BRIEFING_CORPUS for a generated corpus).
/// </summary>
[MemoryDiagnoser]
public class YamlBenchmarks
{
    private string[] _annotations = [];
    private string[] _frontMatter = [];

    [GlobalSetup]
    public void Setup()
    {
        var input = Environment.GetEnvironmentVariable("BRIEFING_CORPUS") ?? Path.Combine(BriefingFixture.FindRoot(), "input");
        var folders = Directory.EnumerateDirectories(Path.Combine(input, "briefings")).Order(StringComparer.Ordinal).Take(1000).ToArray();
        _annotations = [.. folders.Select(f => File.ReadAllText(Path.Combine(f, "annotations.yml")))];
        _frontMatter = [.. folders.Select(f => FrontMatter.Split(File.ReadAllText(Path.Combine(f, "article.md")), "a.md", new DiagnosticBag())!.Yaml)];
    }

    [Benchmark(Baseline = true)]
    public int ReadAnnotations() => ReadAll(_annotations);

    [Benchmark]
    public int ReadFrontMatter() => ReadAll(_frontMatter);

    private static int ReadAll(string[] texts)
    {
        var count = 0;
        foreach (var text in texts)
        {
            var node = YamlReader.Read(text, "f.yml", 0, new DiagnosticBag());
            count += node is MappingNode mapping ? mapping.Entries.Length : 0;
        }

        return count;
    }
}
