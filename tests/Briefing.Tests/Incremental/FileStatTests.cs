using Briefing.Incremental;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>
/// The stamps the build cache compares, read with statx(2) on Linux (<see cref="FileStat"/>), are the very
/// values FileInfo and Directory.GetLastWriteTimeUtc give: a stamp that differed would make every
/// briefing look touched.
/// </summary>
public sealed class FileStatTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_files_stamp_is_what_FileInfo_gives()
    {
        var file = Path.Combine(_temp.Path, "article.md");
        File.WriteAllText(file, "# Title\n\nText — with non-ASCII.\n");
        Assert.Equal(Expected(file), FileStat.OfFile(file));

        // Times with a fraction of a second, before and after 1970, and far ahead.
        foreach (var time in new[]
        {
            new DateTime(2008, 6, 18, 12, 34, 56, DateTimeKind.Utc).AddTicks(1_234_567),
            new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(5_000_001),
            new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(9_999_999),
        })
        {
            File.SetLastWriteTimeUtc(file, time);
            var stamp = FileStat.OfFile(file);
            Assert.Equal(Expected(file), stamp);
            Assert.Equal(File.GetLastWriteTimeUtc(file).Ticks, stamp.WrittenTicks);
        }

        Assert.Equal(OperatingSystem.IsLinux(), FileStat.ReadsWithStatx);
    }

    [Fact]
    public void No_file_a_folder_a_path_through_a_file_and_a_link_give_what_FileInfo_gives()
    {
        var file = Path.Combine(_temp.Path, "notes.yml");
        File.WriteAllText(file, "notes: []\n");
        var link = Path.Combine(_temp.Path, "link.yml");
        File.CreateSymbolicLink(link, file);

        foreach (var path in new[]
        {
            Path.Combine(_temp.Path, "missing.md"),
            Path.Combine(_temp.Path, "missing", "article.md"),
            Path.Combine(file, "under-a-file"),
            _temp.Path,
            link,
        })
        {
            Assert.Equal(Expected(path), FileStat.OfFile(path));
        }
    }

    [Fact]
    public void A_folders_time_is_what_Directory_gives()
    {
        var folder = Path.Combine(_temp.Path, "briefing");
        Directory.CreateDirectory(folder);
        Directory.SetLastWriteTimeUtc(folder, new DateTime(2008, 6, 18, 1, 2, 3, DateTimeKind.Utc).AddTicks(4_321));
        Assert.Equal(Directory.GetLastWriteTimeUtc(folder).Ticks, FileStat.FolderTicks(folder));

        var missing = Path.Combine(_temp.Path, "gone");
        Assert.Equal(Directory.GetLastWriteTimeUtc(missing).Ticks, FileStat.FolderTicks(missing));
        var file = Path.Combine(_temp.Path, "file.txt");
        File.WriteAllText(file, "x");
        Assert.Equal(Directory.GetLastWriteTimeUtc(file).Ticks, FileStat.FolderTicks(file));
    }

    [Fact]
    public void Stamps_read_below_a_folder_held_open_are_what_FileInfo_and_Directory_give()
    {
        var briefing = Path.Combine(_temp.Path, "briefings", "alpha");
        Directory.CreateDirectory(briefing);
        var article = Path.Combine(briefing, "article.md");
        File.WriteAllText(article, "# Title\n");
        File.SetLastWriteTimeUtc(article, new DateTime(2008, 6, 18, 12, 0, 0, DateTimeKind.Utc).AddTicks(7_654_321));
        Directory.CreateDirectory(Path.Combine(briefing, "images"));
        File.CreateSymbolicLink(Path.Combine(briefing, "link.md"), article);

        using var briefings = FileStat.Folder.Open(Path.Combine(_temp.Path, "briefings"));
        Assert.Equal(OperatingSystem.IsLinux(), briefings.IsOpen);
        foreach (var name in new[] { "article.md", "missing.yml", "images", "link.md" })
        {
            Assert.Equal(Expected(Path.Combine(briefing, name)), briefings.OfFile("alpha", name));
        }

        Assert.Equal(Expected(Path.Combine(_temp.Path, "briefings", "gone", "article.md")), briefings.OfFile("gone", "article.md"));
        Assert.Equal(Directory.GetLastWriteTimeUtc(briefing).Ticks, briefings.FolderTicks("alpha"));
        Assert.Equal(Directory.GetLastWriteTimeUtc(Path.Combine(_temp.Path, "briefings", "gone")).Ticks, briefings.FolderTicks("gone"));

        // A "folder" that is a file, or not there, is not held open: stamps are read by whole paths, the same.
        foreach (var notAFolder in new[] { article, Path.Combine(_temp.Path, "nowhere") })
        {
            using var folder = FileStat.Folder.Open(notAFolder);
            Assert.False(folder.IsOpen);
            Assert.Equal(Expected(Path.Combine(notAFolder, "x", "y")), folder.OfFile("x", "y"));
        }
    }

    private static FileStamp Expected(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : default;
    }
}
