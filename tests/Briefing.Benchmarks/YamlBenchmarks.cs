using BenchmarkDotNet.Attributes;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Benchmarks;

/// <summary>
/// Reading the annotations.yml files and the front matter of up to 1,000 briefings, with the fast
/// reader and with YamlDotNet: `-- --filter '*YamlBenchmarks*'` (with BRIEFING_CORPUS for a generated corpus).
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
        if (_annotations.Concat(_frontMatter).Any(text => YamlReader.ReadFast(text, "f.yml", 0) is null))
        {
            Console.WriteLine("Warning: the fast reader gives up on some of these files.");
        }
    }

    [Benchmark(Baseline = true)]
    public int AnnotationsWithYamlDotNet() => ReadAll(_annotations, fast: false);

    [Benchmark]
    public int AnnotationsFast() => ReadAll(_annotations, fast: true);

    [Benchmark]
    public int FrontMatterWithYamlDotNet() => ReadAll(_frontMatter, fast: false);

    [Benchmark]
    public int FrontMatterFast() => ReadAll(_frontMatter, fast: true);

    private static int ReadAll(string[] texts, bool fast)
    {
        var count = 0;
        foreach (var text in texts)
        {
            var node = fast ? YamlReader.ReadFast(text, "f.yml", 0) : YamlReader.ReadWithYamlDotNet(text, "f.yml", 0, new DiagnosticBag());
            count += node is MappingNode mapping ? mapping.Entries.Length : 0;
        }

        return count;
    }
}
