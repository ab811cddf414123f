namespace Briefing.Output;

/// <summary>
/// Stage: writes a whole site into a staging folder beside the output folder, then swaps it in. A
/// failure at any point removes the staging folder and leaves the previous output exactly as it was.
/// </summary>
internal static class WriteSite
{
    public static void Run(string outputFolder, IReadOnlyList<SiteFile> files, ISiteFileWriter? writer = null)
    {
        OutputLeftovers.Clear(outputFolder);
        using var staged = StagedOutput.Begin(outputFolder, writer);
        foreach (var file in files)
        {
            staged.Write(file.Path, file.Content);
        }

        staged.Commit();
    }
}

/// <summary>Writes one file. The seam where tests inject a disk that fails halfway.</summary>
internal interface ISiteFileWriter
{
    void Write(string path, ReadOnlySpan<byte> content);
}

internal sealed class SiteFileWriter : ISiteFileWriter
{
    public static readonly SiteFileWriter Instance = new();

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        // Straight from the content to the file: no stream buffer to fill.
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
        RandomAccess.Write(handle, content, 0);
    }
}
