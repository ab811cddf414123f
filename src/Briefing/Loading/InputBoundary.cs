using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>
/// The build reads only what is inside the input folder. Content comes from pull requests, and a
/// symbolic link in one (a briefing folder or a file pointing at /etc/…) would otherwise publish, or
/// echo into diagnostics, a file of the machine that builds the site.
/// </summary>
internal static class InputBoundary
{
    private const int MaxLinks = 40;

    /// <summary>True when <paramref name="path"/> (if it exists) stays inside <paramref name="inputFolder"/> once every link is followed.</summary>
    /// <param name="allowedFolder">
    /// A folder this build has allowed already, holding <paramref name="path"/>: then only the path's
    /// own entry is looked at, not again every folder above it.
    /// </param>
    public static bool Allows(string inputFolder, string path, DiagnosticBag diagnostics, string? allowedFolder = null)
    {
        if (!ContentFile.IsPresent(path))
        {
            return true;
        }

        if (LexicallyInsideWithoutLinks(inputFolder, path, allowedFolder))
        {
            return true;
        }

        var root = RealPath(inputFolder);
        var real = RealPath(path);
        if (real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutsideInput, SourceLocation.WholeFile(ContentFile.DisplayPath(path)),
            $"This is a link to '{real}', outside the input folder; the build reads only files inside it.",
            "Copy the file or folder into the input folder instead of linking to it."));
        return false;
    }

    /// <summary>
    /// The quick answer for the usual case, a path under the input folder with no link on the way
    /// down to it: then it is inside wherever the input folder itself really is. A path with '..' in
    /// it takes the full resolution ('..' after a link climbs from the link's target). The walk up
    /// stops at <paramref name="allowedFolder"/> when the path is in it: that folder was allowed already.
    /// </summary>
    private static bool LexicallyInsideWithoutLinks(string inputFolder, string path, string? allowedFolder)
    {
        if (path.Contains("..", StringComparison.Ordinal) || inputFolder.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        var current = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (!current.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        var allowed = allowedFolder is null || allowedFolder.Contains("..", StringComparison.Ordinal)
            ? null
            : Path.TrimEndingDirectorySeparator(Path.GetFullPath(allowedFolder));
        var stop = allowed is not null && current.StartsWith(allowed + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? allowed : root;
        while (current.Length > stop.Length)
        {
            if (new FileInfo(current).LinkTarget is not null)
            {
                return false;
            }

            current = Path.GetDirectoryName(current)!;
        }

        return true;
    }

    /// <summary>The path with every symbolic link in it resolved, as realpath(3) gives it.</summary>
    private static string RealPath(string path, int links = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (Path.GetDirectoryName(full) is not { } parent)
        {
            return full;
        }

        var here = Path.Combine(RealPath(parent, links), Path.GetFileName(full));
        var target = new FileInfo(here).LinkTarget;
        return target is null || links >= MaxLinks
            ? here
            : RealPath(Path.Combine(Path.GetDirectoryName(here)!, target), links + 1);
    }
}
