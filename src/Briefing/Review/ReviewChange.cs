namespace Briefing.Review;

/// <summary>`briefing diff`: both sides read with the build's loaders (a git ref's input unpacked first) and compared.</summary>
internal static class ReviewChange
{
    public static SiteDiff Run(string inputFolder, string baseSide, string? headSide)
    {
        var temporary = Path.Combine(Path.GetTempPath(), "briefing-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            var before = Load(inputFolder, baseSide, Path.Combine(temporary, "base"));
            var after = headSide is null
                ? LoadReviewedSite.Run(inputFolder, "the working tree")
                : Load(inputFolder, headSide, Path.Combine(temporary, "head"));
            return CompareSites.Run(before, after);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>A side: the folder <paramref name="side"/> names, else a git ref of the input's repository unpacked in root.</summary>
    private static ReviewedSite Load(string inputFolder, string side, string root) =>
        Directory.Exists(side)
            ? LoadReviewedSite.Run(side, side)
            : LoadReviewedSite.Run(GitInput.Extract(inputFolder, side, root), side, root);
}
