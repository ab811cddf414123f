namespace Briefing.Output;

/// <summary>
/// Stage: writes the site into a staging folder beside the output folder, then swaps it in. A failure
/// at any point removes the staging folder and leaves the previous output exactly as it was.
/// </summary>
internal static class WriteSite
{
    public static void Run(string outputFolder, IReadOnlyList<SiteFile> files, ISiteFileWriter? writer = null)
    {
        using var staged = StagedOutput.Begin(outputFolder, writer);
        foreach (var file in files)
        {
            staged.Write(file.Path, file.Content);
        }

        staged.Commit();
    }
}

/// <summary>
/// The staging folder of one build: files go in as they are made (from any thread), and only
/// <see cref="Commit"/> puts them in place of the output folder. Disposed without a commit, it
/// removes itself and the previous output stays exactly as it was.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly ISiteFileWriter _writer;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagedOutput(string output, string staging, ISiteFileWriter writer)
    {
        _output = output;
        _staging = staging;
        _writer = writer;
    }

    public static StagedOutput Begin(string outputFolder, ISiteFileWriter? writer = null)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"The output folder '{output}' has no parent folder.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging, writer ?? SiteFileWriter.Instance);
    }

    /// <param name="path">The file's path under the output folder, with '/'.</param>
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.Combine(_staging, path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(full)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        _writer.Write(full, content);
    }

    /// <summary>Swaps the staged site in for the output folder.</summary>
    public void Commit()
    {
        var retired = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.previous-{Guid.NewGuid():N}");
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, retired);
            try
            {
                Directory.Move(_staging, _output);
            }
            catch
            {
                Directory.Move(retired, _output);
                throw;
            }

            TryDelete(retired);
        }
        else
        {
            Directory.Move(_staging, _output);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            TryDelete(_staging);
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
    void Write(string path, ReadOnlySpan<byte> content);
}

internal sealed class SiteFileWriter : ISiteFileWriter
{
    public static readonly SiteFileWriter Instance = new();

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        // Straight from the content to the file: no stream buffer to fill. (The executable turns off
        // .NET's advisory flock on Unix: see System.IO.DisableFileLocking in Briefing.Cli.csproj.)
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
        RandomAccess.Write(handle, content, 0);
    }
}
