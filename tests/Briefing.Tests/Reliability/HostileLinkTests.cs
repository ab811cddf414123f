using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Folders, links and files where the build does not expect them: a folder or a broken link where a
/// file should be, symbolic links leading out of input/ (refused: BRF027), and an output folder that
/// cannot be written.
/// </summary>
public sealed class HostileLinkTests
{
    private const string AnnotationsFile = HostileSite.BriefingPath + "annotations.yml";

    public static TheoryData<string, string> FoldersAndBrokenLinks() => new()
    {
        // what is wrong, the expected diagnostic
        { "annotations.yml is a folder", "BRF023 " + AnnotationsFile + ":0:0" },
        { "sources.yml is a folder", "BRF023 input/sources.yml:0:0" },
        { "annotations.yml is a broken link", "BRF023 " + AnnotationsFile + ":0:0" },
        { "article.md is a folder", "BRF024 " + HostileSite.BriefingPath.TrimEnd('/') + ":0:0" },
    };

    [Theory]
    [MemberData(nameof(FoldersAndBrokenLinks))]
    public void A_folder_or_a_broken_link_where_a_file_should_be_is_reported_not_skipped(string name, string expected)
    {
        using var site = new HostileSite();
        var file = name.Split(' ')[0];
        var path = Path.Combine(site.Root, file == "sources.yml" ? "input/sources.yml" : HostileSite.BriefingPath + file);
        File.Delete(path);
        if (name.EndsWith("folder", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            File.CreateSymbolicLink(path, Path.Combine(site.Input, "briefings", "no-such-file.yml"));
        }

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.ContentErrors && outcome.Described.SequenceEqual([expected]), name + ": " + outcome);
    }

    public static TheoryData<string, string, string> LinksOutOfTheInput() => new()
    {
        // the link (from the site's folder), what it points at (from the site's folder, or absolute), expected diagnostic
        { "input/briefings/test-briefing", "outside/test-briefing", "BRF027 input/briefings/test-briefing:0:0" },
        { HostileSite.BriefingPath + "article.md", "outside/secret.md", "BRF027 " + HostileSite.BriefingPath + "article.md:0:0" },
        { HostileSite.BriefingPath + "article.md", "/etc/passwd", "BRF027 " + HostileSite.BriefingPath + "article.md:0:0" },
        { AnnotationsFile, "outside/secret.yml", "BRF027 " + AnnotationsFile + ":0:0" },
        { AnnotationsFile, "../../../outside/secret.yml", "BRF027 " + AnnotationsFile + ":0:0" },
        { HostileSite.BriefingPath + "sources.yml", "outside/secret.yml", "BRF027 " + HostileSite.BriefingPath + "sources.yml:0:0" },
        { "input/sources.yml", "outside/secret.yml", "BRF027 input/sources.yml:0:0" },
        { "input/site.yml", "outside/secret.yml", "BRF027 input/site.yml:0:0" },
        { AnnotationsFile, "outside/no-such-file.yml", "BRF027 " + AnnotationsFile + ":0:0" },
    };

    [Theory]
    [MemberData(nameof(LinksOutOfTheInput))]
    public void A_symbolic_link_leading_out_of_the_input_folder_is_refused_and_not_read(string link, string target, string expected)
    {
        using var site = new HostileSite();
        var secret = "SECRET: this file is not content.\n";
        site.Write("outside/secret.md", secret);
        site.Write("outside/secret.yml", secret);
        var linkPath = Path.Combine(site.Root, link);
        if (Directory.Exists(linkPath))
        {
            Directory.Move(linkPath, Path.Combine(site.Root, target));
        }
        else if (File.Exists(linkPath))
        {
            File.Delete(linkPath);
        }

        var pointsAt = Path.IsPathRooted(target) || target.StartsWith("..", StringComparison.Ordinal) ? target : Path.Combine(site.Root, target);
        File.CreateSymbolicLink(linkPath, pointsAt);

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.ContentErrors && outcome.Described.SequenceEqual([expected]), outcome.ToString());
        Assert.DoesNotContain(outcome.Diagnostics, d => (d.Message + d.Hint).Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_inside_the_input_folder_is_read()
    {
        using var site = new HostileSite();
        var article = Path.Combine(site.Root, HostileSite.BriefingPath, "article.md");
        site.Write("input/shared/article.md", File.ReadAllText(article));
        File.Delete(article);
        File.CreateSymbolicLink(article, Path.Combine("..", "..", "shared", "article.md"));

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
    }

    [Fact]
    public void An_output_folder_whose_parent_is_a_file_is_a_usage_error_and_writes_nothing()
    {
        using var site = new HostileSite();
        var blocker = site.Write("blocker", "a file where a folder should be\n");
        var options = site.Options with { OutputFolder = Path.Combine(blocker, "output") };
        var before = Directory.GetFileSystemEntries(site.Root);

        var result = BuildSite.Run(options);

        Assert.Equal(ExitCode.UsageError, result.ExitCode);
        Assert.Contains("is a file", result.UsageError, StringComparison.Ordinal);
        Assert.Equal("a file where a folder should be\n", File.ReadAllText(blocker));
        Assert.Equal(before, Directory.GetFileSystemEntries(site.Root));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_left_as_it_was_and_the_command_exits_2()
    {
        using var site = new HostileSite();
        Directory.Delete(site.Output, recursive: true);
        File.WriteAllText(site.Output, "previous output, as a file\n");
        var siblings = FolderSnapshot.Siblings(site.Output);

        var (exit, stderr) = RunBriefing(site.Root, "build", "--theme", RepositoryPaths.Theme);

        Assert.Equal(2, exit);
        Assert.Contains("is a file", stderr, StringComparison.Ordinal);
        Assert.Equal("previous output, as a file\n", File.ReadAllText(site.Output));
        Assert.Equal(siblings, FolderSnapshot.Siblings(site.Output));
    }

    internal static (int Exit, string Stderr) RunBriefing(string workingFolder, params string[] arguments) =>
        RunBriefing(workingFolder, [], arguments);

    /// <summary>Runs the real `briefing` executable; <paramref name="environment"/> holds NAME=value settings.</summary>
    internal static (int Exit, string Stderr) RunBriefing(string workingFolder, string[] environment, params string[] arguments)
    {
        var settings = environment.ToDictionary(s => s[..s.IndexOf('=', StringComparison.Ordinal)], s => s[(s.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var (exit, _, stderr) = BriefingProcess.Run(workingFolder, settings, arguments);
        return (exit, stderr);
    }
}
