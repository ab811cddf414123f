using Briefing.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

public sealed class WriteSiteTests
{
    [Fact]
    public void A_write_that_fails_halfway_leaves_the_previous_output_and_no_staging_folder()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        Write(output, [new SiteFile("index.html", [1, 2, 3]), new SiteFile("a/b.html", [4])]);
        var before = FolderSnapshot.Take(output);

        var files = Enumerable.Range(0, 10).Select(i => new SiteFile($"page-{i}/index.html", [(byte)i])).ToList();
        var failure = Assert.Throws<IOException>(() => Write(output, files, new FailingWriter(after: 5).Write));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal(before, FolderSnapshot.Take(output));
        Assert.Equal(["output"], FolderSnapshot.Siblings(output));
    }

    [Fact]
    public void A_successful_write_replaces_the_output_whole()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        Write(output, [new SiteFile("old.html", [1])]);

        Write(output, [new SiteFile("new.html", [2])]);

        Assert.Equal(["new.html"], FolderSnapshot.Take(output).Keys);
        Assert.Equal(["output"], FolderSnapshot.Siblings(output));
    }

    [Fact]
    public void The_next_write_clears_what_an_interrupted_build_left_beside_the_output()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        Write(output, [new SiteFile("old.html", [1])]);
        temp.Write(".output.staging-0123/half.html", "half a site");
        temp.Write(".output.previous-4567/older.html", "an older site");

        Write(output, [new SiteFile("new.html", [2])]);

        Assert.Equal(["new.html"], FolderSnapshot.Take(output).Keys);
        Assert.Equal(["output"], FolderSnapshot.Siblings(output));
    }

    [Fact]
    public void A_build_killed_between_the_two_moves_of_a_swap_gets_its_previous_output_back_first()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        temp.Write(".output.previous-89ab/index.html", "the previous site");
        temp.Write(".output.staging-cdef/index.html", "a staged site");

        OutputLeftovers.Clear(output);

        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["output"], FolderSnapshot.Siblings(output));
    }

    /// <summary>A whole site written as a build writes it: leftovers cleared, the files staged, the staged site swapped in.</summary>
    private static void Write(string output, IReadOnlyList<SiteFile> files, FileSink? writer = null)
    {
        OutputLeftovers.Clear(output);
        using var staged = StagedOutput.Begin(output, writer);
        foreach (var file in files)
        {
            staged.Write(file.Path, file.Content);
        }

        staged.Commit();
    }

    /// <summary>A disk that fills up after a number of files.</summary>
    private sealed class FailingWriter(int after)
    {
        private int _written;

        public void Write(string path, ReadOnlySpan<byte> content)
        {
            if (++_written > after)
            {
                throw new IOException("No space left on device");
            }

            SiteFileWriter.Write(path, content);
        }
    }
}
