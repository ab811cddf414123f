using System.Runtime;
using Briefing.Diagnostics;
using Briefing.Incremental;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>
/// A build with the cache asks the GC for no collections while it runs; every build, rebuild or full,
/// must hand the process back collecting as usual (the preview server and the test host live on).
/// Alone in its collection: another build running meanwhile would hold a region of its own.
/// </summary>
[Collection(Name)]
public sealed class NoCollectionRegionTests : IDisposable
{
    public const string Name = "The GC's latency mode";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Full_builds_and_rebuilds_leave_the_process_collecting_as_usual()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories))
        {
            _temp.WriteBytes(Path.Combine("input", Path.GetRelativePath(RepositoryPaths.Input, file)), File.ReadAllBytes(file));
        }

        var input = Path.Combine(_temp.Path, "input");
        var output = Path.Combine(_temp.Path, "site", "output");
        var modes = new List<GCLatencyMode>();
        BuildResult Build(string? baseUrl = null)
        {
            var result = BuildSite.Run(new BuildOptions(input, RepositoryPaths.Theme, output, BaseUrl: baseUrl, UseCache: true));
            modes.Add(GCSettings.LatencyMode);
            return result;
        }

        Assert.Equal(ExitCode.Success, Build().ExitCode); // no manifest: a full build
        Assert.Equal(ExitCode.Success, Build().ExitCode); // a rebuild, nothing changed
        var notes = Directory.EnumerateFiles(Path.Combine(input, "briefings"), "annotations.yml", SearchOption.AllDirectories).First();
        File.AppendAllText(notes, "\n");
        Assert.Equal(ExitCode.Success, Build().ExitCode); // a rebuild of one briefing
        Assert.Equal(ExitCode.Success, Build("https://elsewhere.example").ExitCode); // a manifest of another key: a full build
        File.WriteAllText(notes, "annotations: [");
        Assert.Equal(ExitCode.ContentErrors, Build().ExitCode); // a rebuild that fails
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: [");
        Assert.Equal(ExitCode.ContentErrors, Build().ExitCode); // a manifest, but the site itself is wrong: every briefing read for errors

        Assert.Equal(6, modes.Count);
        Assert.DoesNotContain(GCLatencyMode.NoGCRegion, modes);
    }

    [Fact]
    public void A_manifest_whose_output_folder_is_gone_is_not_read_and_no_region_begins()
    {
        _temp.Write("input/site.yml", SiteBuilder.SiteYml);
        _temp.Write($"input/briefings/{SiteBuilder.Slug}/article.md", SiteBuilder.FrontMatter + "A paragraph.\n");
        var input = Path.Combine(_temp.Path, "input");
        var output = Path.Combine(_temp.Path, "output");
        var options = new BuildOptions(input, RepositoryPaths.Theme, output, UseCache: true);
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);

        var kept = BuildCache.For(output);
        Assert.NotNull(kept.Collections); // output and manifest: a rebuild is likely
        kept.Collections.Dispose();

        Directory.Delete(output, recursive: true);
        var gone = BuildCache.For(output);
        Assert.Null(gone.Collections);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode); // a full build, which writes a manifest again
        Assert.True(File.Exists(Path.Combine(_temp.Path, ".briefing-cache", "output", "manifest.bin")));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}

[CollectionDefinition(NoCollectionRegionTests.Name, DisableParallelization = true)]
public sealed class NoCollectionRegionTestGroup;
