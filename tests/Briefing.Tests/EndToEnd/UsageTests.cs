using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.EndToEnd;

public sealed class UsageTests
{
    [Fact]
    public void An_output_folder_inside_the_input_folder_is_a_usage_error_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, "Text.\n");
        var result = BuildSite.Run(new BuildOptions(input, RepositoryPaths.Theme, Path.Combine(input, "site-output")));

        Assert.Equal(ExitCode.UsageError, result.ExitCode);
        Assert.Contains("inside the input folder", result.UsageError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "site-output")));
    }

    [Fact]
    public void An_output_folder_inside_the_input_folder_is_a_usage_error_on_the_command_line()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");

        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "build", "--theme", RepositoryPaths.Theme, "--output", "input/site");

        Assert.Equal(2, exit);
        Assert.Contains("inside the input folder", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "input", "site")));
    }

    [Fact]
    public void An_output_folder_that_contains_the_input_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, "Text.\n");
        var result = BuildSite.Run(new BuildOptions(input, RepositoryPaths.Theme, temp.Path));

        Assert.Equal(ExitCode.UsageError, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(input, "site.yml")));
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var result = BuildSite.Run(new BuildOptions(Path.Combine(temp.Path, "nope"), RepositoryPaths.Theme, Path.Combine(temp.Path, "output")));

        Assert.Equal(ExitCode.UsageError, result.ExitCode);
        Assert.Contains("does not exist", result.UsageError, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_build_is_reported_in_one_run()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", """
            annotations:
              - id: one
                quote: tested a weapon
                note: Cites [@nothing].
              - id: two
                quote: absent words entirely
                note: Text.
            """);
        temp.Write("input/briefings/second/article.md", SiteBuilder.FrontMatter.Replace("updated: 2008-06-18", "updated: 2008-13-01", StringComparison.Ordinal) + "Body.\n");

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.Equal(["BRF007", "BRF012", "BRF016"], result.Diagnostics.Select(d => d.Code).Order());
    }
}
