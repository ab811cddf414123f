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
        WriteSite.Run(output, [new SiteFile("index.html", [1, 2, 3]), new SiteFile("a/b.html", [4])]);
        var before = FolderSnapshot.Take(output);

        var files = Enumerable.Range(0, 10).Select(i => new SiteFile($"page-{i}/index.html", [(byte)i])).ToList();
        var failure = Assert.Throws<IOException>(() => WriteSite.Run(output, files, new FailingWriter(after: 5)));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal(before, FolderSnapshot.Take(output));
        Assert.Equal(["output"], FolderSnapshot.Siblings(output));
    }

    [Fact]
    public void A_successful_write_replaces_the_output_whole()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "output");
        WriteSite.Run(output, [new SiteFile("old.html", [1])]);

        WriteSite.Run(output, [new SiteFile("new.html", [2])]);

        Assert.Equal(["new.html"], FolderSnapshot.Take(output).Keys);
        Assert.Equal(["output"], FolderSnapshot.Siblings(output));
    }

    /// <summary>A disk that fills up after a number of files.</summary>
    private sealed class FailingWriter(int after) : ISiteFileWriter
    {
        private int _written;

        public void Write(string path, ReadOnlySpan<byte> content)
        {
            if (++_written > after)
            {
                throw new IOException("No space left on device");
            }

            SiteFileWriter.Instance.Write(path, content);
        }
    }
}
