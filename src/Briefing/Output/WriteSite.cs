namespace Briefing.Output;

/// <summary>
/// Stage: writes the site into a staging folder beside the output folder, then swaps it in. A failure
/// at any point removes the staging folder and leaves the previous output exactly as it was.
/// </summary>
internal static class WriteSite
{
    public static void Run(string outputFolder, IReadOnlyList<SiteFile> files, ISiteFileWriter? writer = null)
    {
        writer ??= SiteFileWriter.Instance;
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"The output folder '{output}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");

        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                writer.Write(path, file.Content);
            }

            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
                try
                {
                    Directory.Move(staging, output);
                }
                catch
                {
                    Directory.Move(retired, output);
                    throw;
                }

                TryDelete(retired);
            }
            else
            {
                Directory.Move(staging, output);
            }
        }
        finally
        {
            TryDelete(staging);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder beside the output is harmless; the build result stands.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Writes one file. The seam where tests inject a disk that fails halfway.</summary>
internal interface ISiteFileWriter
{
    void Write(string path, byte[] content);
}

internal sealed class SiteFileWriter : ISiteFileWriter
{
    public static readonly SiteFileWriter Instance = new();

    public void Write(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        stream.Write(content);
    }
}
