using BenchmarkDotNet.Attributes;
using Briefing.Anchoring;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Markdig.Syntax;

namespace Briefing.Benchmarks;

/// <summary>The hot stages of one briefing, each on its own, with allocations.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private BriefingFixture _fixture = null!;
    private string _folder = null!;
    private Article _article = null!;
    private System.Collections.Immutable.ImmutableArray<Annotation> _annotations;
    private System.Collections.Immutable.ImmutableArray<Anchor> _anchors;
    private RenderedBriefing _rendered = null!;
    private SiteSettings _site = null!;
    private Theme _theme = null!;
    private BriefingFiles _files = null!;
    private List<SiteFile> _siteFiles = null!;
    private string _output = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new BriefingFixture();
        _folder = _fixture.Folders[0];
        var diagnostics = new DiagnosticBag();
        _files = BuildBriefing.Read(_folder, diagnostics)!;
        _article = LoadArticle.Run(_files, Path.GetFileName(_folder), diagnostics)!;
        _annotations = LoadAnnotations.Run(_files, diagnostics);
        _anchors = AnchorAnnotations.Run(_article, RenderArticle.Parse(_article.Body, _fixture.Pipelines), _annotations, diagnostics);
        _rendered = BuildBriefing.Run(_folder, _fixture.Sources, _fixture.Pipelines, diagnostics)!;
        _site = LoadSite.Run(_fixture.Input, diagnostics)!;
        _theme = Theme.Load(_fixture.Theme, null, diagnostics)!;
        _siteFiles = [.. Enumerable.Range(0, 50).Select(i => new SiteFile($"briefings/b{i}/index.html", new byte[40_000]))];
        _output = Path.Combine(Path.GetTempPath(), "briefing-bench-write");
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(DiagnosticFormatter.Format(diagnostics.ToSortedArray(), DiagnosticFormat.Human));
        }
    }

    [Benchmark]
    public int ReadBriefingFiles() => BuildBriefing.Read(_folder, new DiagnosticBag())!.Hash().Length;

    [Benchmark]
    public int LoadArticleFile() => LoadArticle.Run(_files, "b", new DiagnosticBag())!.Body.Length;

    [Benchmark]
    public int LoadAnnotationsFile() => LoadAnnotations.Run(_files, new DiagnosticBag()).Length;

    [Benchmark]
    public int RenderMarkdown() => RenderArticle.Parse(_article.Body, _fixture.Pipelines).Count;

    [Benchmark]
    public int Anchoring() =>
        AnchorAnnotations.Run(_article, RenderArticle.Parse(_article.Body, _fixture.Pipelines), _annotations, new DiagnosticBag()).Length;

    [Benchmark]
    public int NotesAndCitations() => RenderNotes.Run(_anchors, _fixture.Sources, _fixture.Pipelines, new DiagnosticBag()).Notes.Length;

    [Benchmark]
    public int Layout()
    {
        var length = 0;
        LayOutPages.Briefing(_rendered, _site, _theme, new DiagnosticBag(), (_, html) => length = html.Length);
        return length;
    }

    [Benchmark]
    public int WholeBriefing() => BuildBriefing.Run(_folder, _fixture.Sources, _fixture.Pipelines, new DiagnosticBag())!.Notes.Length;

    [Benchmark(Description = "Write 50 pages of 40 KB (staging + swap)")]
    public void Writing()
    {
        OutputLeftovers.Clear(_output);
        using var staged = StagedOutput.Begin(_output);
        foreach (var file in _siteFiles)
        {
            staged.Write(file.Path, file.Content);
        }

        staged.Commit();
    }
}
