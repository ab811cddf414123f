namespace Briefing.Output;

/// <summary>Staging, previous output and preview page kept beside the output while a build runs: a killed one may leave them.</summary>
internal static class OutputLeftovers
{
    /// <summary>Where the preview writes one page before moving it over the served one.</summary>
    public static string PreviewFile(string output) => Sibling(output, "preview");

    /// <summary>Removes what an interrupted build left; one killed mid-swap left no output but the previous: that is put back.</summary>
    public static void Clear(string outputFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (!Directory.Exists(parent))
        {
            return;
        }

        var previous = Directory.GetDirectories(parent, $".{name}.previous-*");
        if (!Directory.Exists(output) && previous.Length == 1)
        {
            Directory.Move(previous[0], output);
        }

        foreach (var folder in Directory.GetDirectories(parent, $".{name}.staging-*").Concat(previous))
        {
            TryDelete(folder);
        }

        foreach (var file in Directory.GetFiles(parent, $".{name}.preview-*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Deletes a folder of the build's own; one that cannot be deleted is left for the next build to clear.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            // A site is thousands of names: the briefings' folders are deleted on every core.
            var briefings = Path.Combine(folder, "briefings");
            if (Directory.Exists(briefings))
            {
                Parallel.ForEach(Directory.GetDirectories(briefings), DeleteBriefing);
            }

            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException
            || (ex is AggregateException all && all.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException)))
        {
        }
    }

    /// <summary>A briefing's folder: its files by name, then the folder, walked only when it holds anything else.</summary>
    private static void DeleteBriefing(string folder)
    {
        foreach (var name in Layout.BriefingPaths.Files)
        {
            File.Delete(Path.Combine(folder, name));
        }

        try
        {
            Directory.Delete(folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A new name beside the output, of a kind (staging, previous, preview) that <see cref="Clear"/> removes.</summary>
    public static string Sibling(string output, string kind) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{kind}-{Guid.NewGuid():N}");
}
