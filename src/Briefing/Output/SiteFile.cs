namespace Briefing.Output;

/// <summary>A file of the built site: its path under the output folder (with '/') and its bytes.</summary>
internal sealed record SiteFile(string Path, byte[] Content);

/// <summary>The site-wide files of a build: those it made, and the paths of those the previous output holds unchanged.</summary>
internal sealed record SiteWideFiles(IReadOnlyList<SiteFile> Made, IReadOnlyList<string> Kept);

/// <summary>Takes a file of the built site as it is made: <paramref name="content"/> is valid only during the call.</summary>
internal delegate void FileSink(string path, ReadOnlySpan<byte> content);

internal static class SiteFileWriter
{
    /// <summary>Writes one file, straight from the content: no stream buffer to fill. Tests give a sink that fails halfway instead.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
        RandomAccess.Write(handle, content, 0);
    }
}
