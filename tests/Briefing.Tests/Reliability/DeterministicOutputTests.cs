using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Two builds of the same content are byte-identical, whatever the machine: the real `briefing`
/// executable, run with one core or all, in a far-off time zone, in German or Turkish, and over
/// folders written in a different order, writes the same bytes into every file.
/// </summary>
public sealed class DeterministicOutputTests
{
    public static TheoryData<string, string[]> Environments() => new()
    {
        { "one core", ["DOTNET_PROCESSOR_COUNT=1"] },
        { "UTC+14 and German", ["TZ=Pacific/Kiritimati", "LANG=de_DE.UTF-8", "LC_ALL=de_DE.UTF-8"] },
        {
            "UTC-3:30 and Turkish, any culture allowed",
            ["TZ=America/St_Johns", "LANG=tr_TR.UTF-8", "LC_ALL=tr_TR.UTF-8", "DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=false"]
        },
        { "all at once", ["DOTNET_PROCESSOR_COUNT=1", "TZ=Pacific/Kiritimati", "LC_ALL=tr_TR.UTF-8", "DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY=false"] },
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public void The_repository_site_builds_to_the_same_bytes_in_another_environment(string name, string[] environment)
    {
        using var temp = new TempFolder();
        var reference = Build(temp.Path, RepositoryPaths.Input, "reference", []);

        var other = Build(temp.Path, RepositoryPaths.Input, "other", environment);

        Assert.True(reference.Count > 0);
        Assert.True(reference.SequenceEqual(other), name + ": " + Differences(reference, other));
    }

    [Fact]
    public void Many_briefings_written_in_opposite_orders_build_to_the_same_bytes_on_one_core_or_all()
    {
        using var temp = new TempFolder();
        var forward = CopyWithBriefings(Path.Combine(temp.Path, "forward"), reverse: false);
        var backward = CopyWithBriefings(Path.Combine(temp.Path, "backward"), reverse: true);

        var reference = Build(temp.Path, forward, "reference", []);
        var other = Build(temp.Path, backward, "other", ["DOTNET_PROCESSOR_COUNT=1", "TZ=Pacific/Kiritimati", "LC_ALL=de_DE.UTF-8"]);

        Assert.True(reference.Keys.Count(k => k.StartsWith("briefings", StringComparison.Ordinal)) >= 8);
        Assert.True(reference.SequenceEqual(other), Differences(reference, other));
    }

    private static SortedDictionary<string, string> Build(string root, string input, string output, string[] environment)
    {
        var outputFolder = Path.Combine(root, output);
        var (exit, stderr) = HostileLinkTests.RunBriefing(root, environment,
            "build", "--input", input, "--theme", RepositoryPaths.Theme, "--output", outputFolder);
        Assert.True(exit == 0, stderr);
        return FolderSnapshot.Take(outputFolder);
    }

    /// <summary>The repository's input, and seven more briefings (two on the same day) written in the order asked.</summary>
    private static string CopyWithBriefings(string folder, bool reverse)
    {
        var input = Path.Combine(folder, "input");
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.SeedBriefing, "article.md"));
        var notes = File.ReadAllText(Path.Combine(RepositoryPaths.SeedBriefing, "annotations.yml"));
        var slugs = Enumerable.Range(1, 7).Select(i => $"briefing-{i}").ToList();
        if (reverse)
        {
            slugs.Reverse();
        }

        foreach (var slug in slugs)
        {
            var day = slug[^1] is '3' or '4' ? 5 : slug[^1] - '0';
            var briefing = Path.Combine(input, "briefings", slug);
            Directory.CreateDirectory(briefing);
            File.WriteAllText(Path.Combine(briefing, "article.md"),
                seed.Replace("updated: 2008-06-18", $"updated: 2009-0{day}-1{day}", StringComparison.Ordinal)
                    .Replace("title: The China-North Korea Relationship", $"title: Copy {slug}", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(briefing, "annotations.yml"), notes);
        }

        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(input, Path.GetRelativePath(RepositoryPaths.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return input;
    }

    private static string Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual) =>
        string.Join(", ", expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)));
}
