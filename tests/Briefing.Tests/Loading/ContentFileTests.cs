using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

public sealed class ContentFileTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(100_001)]
    public void A_read_gives_the_files_bytes(int size)
    {
        using var temp = new TempFolder();
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        temp.WriteBytes("folder/file.bin", bytes);
        var path = Path.Combine(temp.Path, "folder", "file.bin");

        var read = ContentFile.ReadBytes(path, new DiagnosticBag());

        Assert.Equal(bytes, read);
    }

    [Fact]
    public void Reading_a_folder_as_a_file_is_a_located_error()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "article.md"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(ContentFile.ReadBytes(Path.Combine(temp.Path, "article.md"), diagnostics));

        Assert.Equal(DiagnosticCodes.Unreadable, Assert.Single(diagnostics.ToSortedArray()).Code);
    }
}
