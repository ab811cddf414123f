using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// The real command killed with SIGKILL at random points of a build of a few hundred briefings, cached
/// and full: output/ is then the previous site or the new one, whole, with no temporary file in it, and
/// the next build clears what the killed one left beside it.
/// </summary>
[Collection(KilledBuildTests.Name)]
public sealed class KilledBuildTests : IDisposable
{
    public const string Name = "KilledBuild";

    private const int Briefings = 200;
    private const int Kills = 3;

    private readonly TempFolder _temp = new();

    public KilledBuildTests() => SiteBuilder.WithSeedCopies(_temp, [.. Enumerable.Range(0, Briefings).Select(i => $"briefing-{i:D3}")]);

    private string Input => Path.Combine(_temp.Path, "input");

    private string Output => Path.Combine(_temp.Path, "output");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_full_build_killed_anywhere_leaves_the_old_site_or_the_new_one()
    {
        // A new site title changes every page: a site half swapped would show.
        var site = Path.Combine(Input, "site.yml");
        var titles = new[] { "title: Annotated Briefings", "title: Renamed Briefings" };
        KillAndCheck(version => File.WriteAllText(site, File.ReadAllText(site).Replace(titles[1 - version], titles[version], StringComparison.Ordinal)), "--no-cache");
    }

    [Fact]
    public void A_cached_build_killed_anywhere_leaves_the_old_site_or_the_new_one()
    {
        var annotations = Path.Combine(Input, "briefings", "briefing-100", "annotations.yml");
        var notes = new[] { "The alliance rests on", "The alliance still rests on" };
        KillAndCheck(version => File.WriteAllText(annotations, File.ReadAllText(annotations).Replace(notes[1 - version], notes[version], StringComparison.Ordinal)));
    }

    /// <summary>Builds each version once, then kills builds going from one version to the other.</summary>
    private void KillAndCheck(Action<int> makeVersion, params string[] options)
    {
        var sites = new SortedDictionary<string, string>[2];
        var took = TimeSpan.Zero;
        for (var version = 1; version >= 0; version--)
        {
            makeVersion(version);
            var clock = Stopwatch.StartNew();
            Assert.Equal(0, Build(options).Exit);
            took = clock.Elapsed;
            sites[version] = FolderSnapshot.Take(Output);
        }

        Assert.NotEqual(sites[0], sites[1]);
        var current = 0;
        var kills = new List<string>();
        for (var round = 0; round < Kills; round++)
        {
            makeVersion(1 - current);
            // One random point in each part of the build's time, so that the kills spread over all of it.
            var delay = took * ((round + Random.Shared.NextDouble()) / Kills);
            kills.Add($"{delay.TotalMilliseconds:F0} ms of {took.TotalMilliseconds:F0}");
            KillAfter(delay, options);

            // Killed between the swap's two moves, the previous site is whole beside it (the next build puts it back).
            var left = FolderSnapshot.Take(Directory.Exists(Output) ? Output : Directory.GetDirectories(_temp.Path, ".output.previous-*").Single());
            Assert.True(left.SequenceEqual(sites[current]) || left.SequenceEqual(sites[1 - current]), $"output/ is neither site after a kill at {kills[^1]}");
            Assert.DoesNotContain(left.Keys, path => path.Contains("tmp", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith('.'));

            // The next build finishes the change and clears what the killed one left.
            Assert.Equal(0, Build(options).Exit);
            Assert.Equal(sites[1 - current], FolderSnapshot.Take(Output));
            Assert.Equal(options.Contains("--no-cache") ? ["input", "output"] : [".briefing-cache", "input", "output"], FolderSnapshot.Siblings(Output));
            current = 1 - current;
        }
    }

    private (int Exit, string Stdout, string Stderr) Build(string[] options) =>
        BriefingProcess.Run(_temp.Path, new Dictionary<string, string>(), ["build", "--theme", RepositoryPaths.Theme, .. options]);

    private void KillAfter(TimeSpan delay, string[] options)
    {
        var start = BriefingProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "build", "--theme", RepositoryPaths.Theme, .. options],
            _temp.Path, new Dictionary<string, string>());
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(delay))
        {
            process.Kill(); // SIGKILL on Unix: the build gets no chance to clean up
        }

        process.WaitForExit();
    }
}

[CollectionDefinition(KilledBuildTests.Name, DisableParallelization = true)]
public sealed class KilledBuildTestGroup;
