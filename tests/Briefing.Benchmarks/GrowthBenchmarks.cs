using BenchmarkDotNet.Attributes;
using Briefing.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>
/// Hostile input at n and 10n: a quote found in thousands of places, and a list indented further on
/// every line. Both must end in a located error in time that grows with the input, not its square.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private const string FrontMatter = "---\ntitle: Growth\nauthors: [Ada Writer]\npublisher: Example\nupdated: 2008-06-18\n"
        + "source:\n  url: https://example.org/a\n  label: example.org\ncopyright:\n  notice: Copyright 2008.\n---\n\n";

    private string _folder = "";

    [Params(5_000, 50_000)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "briefing-growth-" + Guid.NewGuid().ToString("N"));
        Write("input/site.yml", "title: Growth\nbase_url: https://example.org\n");
        Write("input/briefings/quote/article.md", FrontMatter + string.Concat(Enumerable.Repeat("the same words again. ", Copies)) + "\n");
        Write("input/briefings/quote/annotations.yml", "annotations:\n  - id: same\n    quote: the same words\n    note: Ambiguous.\n");
        var depth = Copies / 10;
        Write("input/briefings/staircase/article.md", FrontMatter + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- item\n")));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>A check of both briefings: each reports its located error.</summary>
    [Benchmark]
    public int Check()
    {
        var options = new BuildOptions(Path.Combine(_folder, "input"), Path.Combine(BriefingFixture.FindRoot(), "theme"), Path.Combine(_folder, "output"));
        var result = BuildSite.Run(options, write: false);
        return result.Diagnostics.Count(d => d.Code is DiagnosticCodes.QuoteAmbiguous or DiagnosticCodes.MarkdownTooDeep);
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
