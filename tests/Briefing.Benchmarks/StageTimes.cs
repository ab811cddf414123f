using System.Diagnostics;
using Briefing.Anchoring;
using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Benchmarks;

/// <summary>
/// `-- stages [N]`: one thread through N briefings of the corpus, with the time each stage took in
/// total. Cruder than BenchmarkDotNet, but it shows at a glance where a whole build's time goes.
/// </summary>
internal static class StageTimes
{
    public static void Run(int count)
    {
        var fixture = new BriefingFixture();
        var diagnostics = new DiagnosticBag();
        var site = LoadSite.Run(fixture.Input, diagnostics)!;
        var theme = Theme.Load(fixture.Theme, null, diagnostics)!;
        var times = new Dictionary<string, TimeSpan>();
        var allocated = new Dictionary<string, long>();
        var clock = new Stopwatch();
        var citations = CitationFormatting.CslFormatter.For(null);

        T Time<T>(string stage, Func<T> work)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            var result = work();
            times[stage] = times.GetValueOrDefault(stage) + clock.Elapsed;
            allocated[stage] = allocated.GetValueOrDefault(stage) + GC.GetAllocatedBytesForCurrentThread() - before;
            return result;
        }

        foreach (var folder in fixture.Folders.Take(count))
        {
            var files = Time("read files", () => BuildBriefing.Read(folder, diagnostics)!);
            var article = Time("load article", () => LoadArticle.Run(files, Path.GetFileName(folder), diagnostics)!);
            var annotations = Time("load annotations", () => LoadAnnotations.Run(files, diagnostics));
            var sources = Time("load sources", () => LoadSources.Run(files, fixture.Sources, diagnostics));
            var document = Time("render markdown", () => RenderArticle.Parse(article.Body, fixture.Pipelines));
            Time("check links", () =>
            {
                LinkSafety.Check(document, _ => default, diagnostics);
                return 0;
            });
            var anchors = Time("anchor", () => AnchorAnnotations.Run(article, document, annotations, diagnostics));
            var (notes, bibliography) = Time("notes and citations", () => RenderNotes.Run(anchors, sources, fixture.Pipelines, diagnostics, citations));
            var html = Time("article html", () => RenderArticle.ToHtml(document, fixture.Pipelines));
            var rendered = new RenderedBriefing(article, html, anchors, notes, bibliography);
            Time("lay out", () => LayOutPages.Briefing(rendered, site, theme, diagnostics, (_, _) => { }));
        }

        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        foreach (var (stage, time) in times.OrderByDescending(t => t.Value))
        {
            Console.WriteLine($"{stage,-22} {time.TotalMilliseconds,9:F1} ms {time / total,6:P0} {allocated[stage] / 1048576.0,9:F1} MiB allocated");
        }

        Console.WriteLine($"{"total",-22} {total.TotalMilliseconds,9:F1} ms for {Math.Min(count, fixture.Folders.Count)} briefings, {GC.CollectionCount(0)} collections (gen0), {GC.CollectionCount(2)} (gen2)");
    }
}
