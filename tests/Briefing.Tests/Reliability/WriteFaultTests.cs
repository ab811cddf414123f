using Briefing.Cli.Commands;
using Briefing.Diagnostics;
using Briefing.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// The disk fills up, or a file may not be written, while the site is being written: the whole build
/// fails (the command line exits 3), the previous output stays byte for byte as it was, and no
/// staging folder is left beside it.
/// </summary>
public sealed class WriteFaultTests
{
    public static TheoryData<string, int> Faults() => new()
    {
        { "disk full", 0 },
        { "disk full", 2 },
        { "disk full", int.MaxValue },
        { "permission denied", 0 },
        { "permission denied", 2 },
        { "permission denied", int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_write_that_fails_partway_through_a_build_leaves_the_previous_output_whole(string fault, int after)
    {
        using var site = new HostileSite();
        site.Write(HostileSite.BriefingPath + "article.md", SiteBuilder.FrontMatter + HostileSite.Body + "\n\nA new paragraph.\n");
        var files = BuildSite.Run(site.Options, write: false).Files;
        var writer = new FailingWriter(fault, Math.Min(after, files - 1));

        var outcome = site.Rebuild(writer.Write);

        Assert.Equal(ExitCode.UnexpectedFailure, outcome.Exit);
        Assert.IsType(fault == "disk full" ? typeof(IOException) : typeof(UnauthorizedAccessException), outcome.Failure);
        Assert.Equal(Math.Min(after, files - 1) + 1, writer.Attempts);
        Assert.DoesNotContain("A new paragraph", File.ReadAllText(Path.Combine(site.Output, "briefings", SiteBuilder.Slug, "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disk full")]
    [InlineData("permission denied")]
    public void The_command_line_reports_a_write_fault_as_an_unexpected_failure(string fault)
    {
        using var site = new HostileSite();
        var before = FolderSnapshot.Take(site.Output);

        var result = Report.Guard(() => BuildSite.Run(site.Options, writer: new FailingWriter(fault, 1).Write));

        Assert.Null(result); // BuildCommand turns this into exit 3
        Assert.Equal(before, FolderSnapshot.Take(site.Output));
        Assert.Equal(["output"], FolderSnapshot.Siblings(site.Output).Where(s => s != "input"));
    }

    /// <summary>Writes the first files for real, then fails as a full disk or a read-only folder does.</summary>
    private sealed class FailingWriter(string fault, int after)
    {
        public int Attempts { get; private set; }

        public void Write(string path, ReadOnlySpan<byte> content)
        {
            if (++Attempts > after)
            {
                throw fault == "disk full"
                    ? new IOException("No space left on device : '" + path + "'")
                    : new UnauthorizedAccessException("Access to the path '" + path + "' is denied.");
            }

            SiteFileWriter.Write(path, content);
        }
    }
}
