using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scaffolding;

/// <summary>`briefing new` as an editor runs it: exit 0 and the two files, or exit 2 and a clear message.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void New_creates_the_briefing_folder_and_exits_0()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", SiteBuilder.SiteYml);

        var (exit, stderr) = Run(temp.Path, "new", "fresh-briefing");

        Assert.Equal(0, exit);
        Assert.Contains("input/briefings/fresh-briefing/article.md", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "input", "briefings", "fresh-briefing", "annotations.yml")));
    }

    [Fact]
    public void Check_fails_on_a_new_briefing_naming_each_placeholder_and_passes_once_they_are_replaced()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", SiteBuilder.SiteYml);
        Run(temp.Path, "new", "fresh-briefing");

        var (failed, errors) = Run(temp.Path, "check", "--theme", RepositoryPaths.Theme);
        NewBriefingTests.ReplacePlaceholders(Path.Combine(temp.Path, "input", "briefings", "fresh-briefing", "article.md"));
        var (passed, _) = Run(temp.Path, "check", "--theme", RepositoryPaths.Theme);

        Assert.Equal(1, failed);
        foreach (var placeholder in NewBriefingTests.Placeholders.Keys)
        {
            Assert.Contains($"'{placeholder}'", errors, StringComparison.Ordinal);
        }

        Assert.Contains("input/briefings/fresh-briefing/article.md:6:8", errors, StringComparison.Ordinal);
        Assert.Equal(0, passed);
    }

    [Fact]
    public void New_over_an_existing_folder_exits_2_and_names_the_folder()
    {
        using var temp = new TempFolder();
        temp.Write("elsewhere/briefings/taken/article.md", "Text.\n");

        var (exit, stderr) = Run(temp.Path, "new", "taken", "--input", "elsewhere");

        Assert.Equal(2, exit);
        Assert.Contains("'elsewhere/briefings/taken' already exists", stderr, StringComparison.Ordinal);
        Assert.Equal("Text.\n", File.ReadAllText(Path.Combine(temp.Path, "elsewhere", "briefings", "taken", "article.md")));
    }

    [Fact]
    public void New_with_an_invalid_slug_exits_2()
    {
        using var temp = new TempFolder();
        temp.Write("input/site.yml", SiteBuilder.SiteYml);

        var (exit, stderr) = Run(temp.Path, "new", "Not_A_Slug");

        Assert.Equal(2, exit);
        Assert.Contains("'Not_A_Slug' is not a valid slug", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "input", "briefings")));
    }

    private static (int Exit, string Stderr) Run(string workingFolder, params string[] arguments)
    {
        var (exit, _, stderr) = BriefingProcess.Run(workingFolder, new Dictionary<string, string>(), arguments);
        return (exit, stderr);
    }
}
