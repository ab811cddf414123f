namespace Briefing.Review;

/// <summary>`briefing diff`: both sides read with the build's loaders (a git ref's input unpacked first) and compared.</summary>
internal static class ReviewChange
{
    /// <summary>A side: an input folder when <paramref name="side"/> names one, else a git ref of the repository holding <paramref name="inputFolder"/>.</summary>
    public static SiteDiff Run(string inputFolder, string baseSide, string? headSide)
    {
        var temporary = new List<string>();
        try
        {
            var before = Load(inputFolder, baseSide, temporary);
            var after = headSide is null ? LoadReviewedSite.Run(inputFolder, "the working tree") : Load(inputFolder, headSide, temporary);
            return CompareSites.Run(before, after);
        }
        finally
        {
            foreach (var folder in temporary.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static ReviewedSite Load(string inputFolder, string side, List<string> temporary)
    {
        if (Directory.Exists(side))
        {
            return LoadReviewedSite.Run(side, side);
        }

        var root = Path.Combine(Path.GetTempPath(), "briefing-diff-" + Guid.NewGuid().ToString("N"));
        temporary.Add(root);
        var input = Path.Combine(root, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder))));
        GitInput.Extract(inputFolder, side, input);
        return LoadReviewedSite.Run(input, side, root);
    }
}
