using System.Collections.Concurrent;

namespace Briefing.Output;

/// <summary>A build's staging folder beside the output: filled from any thread, swapped in by <see cref="Commit"/>, else removed.</summary>
internal sealed class StagedOutput(string output, string staging, FileSink writer, bool fromSpare) : IDisposable
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    /// <summary>The staging folder, as a full path: for a stage that works on the whole staged site (the search index).</summary>
    public string Folder => staging;

    public string OutputFolder => output;

    /// <summary>Whether the staging folder began as an earlier build's site (see <see cref="Begin"/>).</summary>
    public bool FromSpare => fromSpare;

    /// <summary>Opens a new staging folder beside the output folder (see <see cref="OutputLeftovers.Clear"/> for what an earlier build left).</summary>
    /// <param name="spare">An earlier build's site kept by <see cref="Commit"/>, moved in: the build puts in only what differs.</param>
    public static StagedOutput Begin(string outputFolder, FileSink? writer = null, string? spare = null)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(Path.GetDirectoryName(output) ?? throw new IOException($"The output folder '{output}' has no parent folder."));
        var staging = OutputLeftovers.Sibling(output, "staging");
        var fromSpare = spare is not null && Directory.Exists(spare);
        if (fromSpare)
        {
            Directory.Move(spare!, staging);
        }

        Directory.CreateDirectory(staging);

        return new StagedOutput(output, staging, writer ?? SiteFileWriter.Write, fromSpare);
    }

    public void Write(string path, ReadOnlySpan<byte> content) => writer(Replacing(path), content);

    /// <summary>Begun from a spare site: removes all but the briefing folders of <paramref name="slugs"/> (the site-wide files).</summary>
    public void KeepOnlyBriefings(IReadOnlySet<string> slugs)
    {
        if (!FromSpare)
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(staging).EnumerateFileSystemInfos())
        {
            if (entry.Name == "briefings" && entry is DirectoryInfo briefings)
            {
                foreach (var gone in briefings.EnumerateDirectories().Where(d => !slugs.Contains(d.Name)))
                {
                    gone.Delete(recursive: true);
                }
            }
            else if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }

        _folders.Clear();
    }

    /// <summary>As <see cref="Write"/>, but a file the previous output holds with exactly these bytes is taken from it, its time kept.</summary>
    public void WriteKeepingUnchanged(string path, byte[] content)
    {
        var info = new FileInfo(Previous(path));
        if (info.Exists && info.Length == content.Length && File.ReadAllBytes(info.FullName).AsSpan().SequenceEqual(content))
        {
            TakeFromPrevious(path);
            return;
        }

        Write(path, content);
    }

    public void TakeFromPrevious(string path) => File.Copy(Previous(path), Replacing(path));

    private string Previous(string path) => Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Copies the previous output's <paramref name="names"/> in <paramref name="folder"/>; false if one is missing.</summary>
    public bool TryTakeFromPrevious(string folder, IReadOnlyList<string> names)
    {
        if (!names.All(name => File.Exists(Previous(folder + "/" + name))))
        {
            return false;
        }

        foreach (var name in names)
        {
            TakeFromPrevious(folder + "/" + name);
        }

        return true;
    }

    /// <summary>Swaps the staged site in; the old output deleted, or kept as <paramref name="spare"/> for the next build (true).</summary>
    public bool Commit(string? spare = null)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            _committed = true;
            return false;
        }

        var retired = OutputLeftovers.Sibling(output, "previous");
        Directory.Move(output, retired);
        try
        {
            Directory.Move(staging, output);
        }
        catch (Exception swap) when (swap is IOException or UnauthorizedAccessException)
        {
            try
            {
                Directory.Move(retired, output);
            }
            catch (Exception restore) when (restore is IOException or UnauthorizedAccessException)
            {
                throw new OutputSwapFailure(output, retired, restore);
            }

            throw;
        }

        _committed = true;
        if (spare is not null)
        {
            try
            {
                OutputLeftovers.TryDelete(spare);
                Directory.Move(retired, spare);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another file system, say: the next build begins from nothing.
            }
        }

        OutputLeftovers.TryDelete(retired);
        return false;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            OutputLeftovers.TryDelete(staging);
        }
    }

    /// <summary>The file's full path in the staging folder, its folder made, and any file of a spare site there removed.</summary>
    private string Replacing(string path)
    {
        var full = Path.Combine(staging, path.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(full)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        if (fromSpare)
        {
            File.Delete(full);
        }

        return full;
    }
}

/// <summary>The swap failed halfway and the previous output could not be put back: it is kept whole where the message says.</summary>
internal sealed class OutputSwapFailure(string output, string previous, Exception inner)
    : IOException($"The new site could not replace '{output}', and the previous output could not be moved back: it is in '{previous}'.", inner);
