using Briefing.Loading;

namespace Briefing.Incremental;

/// <summary>
/// What the file system says of a briefing folder's files without reading them: each file's name,
/// length, modification time and, where the file system records one, creation time. A rebuild reads
/// a folder only when its stamp differs from the one the last build recorded; the content hash then
/// decides whether it changed.
/// </summary>
internal static class FolderStamp
{
    /// <summary>A file written this close to the stamp could change again within the clock's granularity unseen.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The folder's stamp; null when it cannot stand for the content: the folder or one of its files is
    /// a link (read, and checked by the input boundary, every time), or a file was written too recently.
    /// </summary>
    public static string? Of(string folder)
    {
        var directory = new DirectoryInfo(folder);
        return directory.Attributes.HasFlag(FileAttributes.ReparsePoint) ? null : Of(Entries(directory));
    }

    /// <summary>The entries of a briefing folder the build reads, in name order.</summary>
    public static List<FileSystemInfo> Entries(DirectoryInfo folder) =>
        [.. folder.EnumerateFileSystemInfos().Where(e => BriefingFiles.Names.Contains(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>The stamp of <paramref name="entries"/>, taken before they are read.</summary>
    public static string? Of(IEnumerable<FileSystemInfo> entries)
    {
        var settledBefore = DateTime.UtcNow - Settled;
        var stamp = new StringBuilder();
        foreach (var entry in entries)
        {
            if (entry is not FileInfo file || file.Attributes.HasFlag(FileAttributes.ReparsePoint) || file.LastWriteTimeUtc > settledBefore)
            {
                return null;
            }

            stamp.Append(CultureInfo.InvariantCulture, $"{file.Name} {file.Length} {file.LastWriteTimeUtc.Ticks} {file.CreationTimeUtc.Ticks};");
        }

        return stamp.ToString();
    }
}
