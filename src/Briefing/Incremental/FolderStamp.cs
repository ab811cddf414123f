using Briefing.Loading;

namespace Briefing.Incremental;

/// <summary>A briefing folder's files' names, lengths and times, unread: the folder is read only when they are not as recorded.</summary>
internal static class FolderStamp
{
    /// <summary>A file written this close to the stamp could change again within the clock's granularity unseen.</summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    /// <summary>The entries of a briefing folder the build reads, in name order.</summary>
    public static List<FileSystemInfo> Entries(DirectoryInfo folder) =>
        [.. folder.EnumerateFileSystemInfos().Where(e => BriefingFiles.Names.Contains(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>The folder's stamp, taken before it is read; null when it or a file is a link (checked each time) or too recent.</summary>
    /// <param name="entries">The folder's <see cref="Entries"/>, when they were listed already.</param>
    public static string? Of(DirectoryInfo folder, IEnumerable<FileSystemInfo>? entries = null)
    {
        if (folder.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return null;
        }

        var settledBefore = DateTime.UtcNow - Settled;
        var stamp = new StringBuilder();
        foreach (var entry in entries ?? Entries(folder))
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
