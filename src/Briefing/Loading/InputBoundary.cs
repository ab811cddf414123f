namespace Briefing.Loading;

/// <summary>The one way into the input folder. Content comes from pull requests: a symbolic link in one (to /proc/self/environ,
/// /etc/…, /dev/zero or a folder elsewhere) must never publish, or echo into a diagnostic, a file of the build machine.
/// Every read stays inside input/ once links are followed, up to the file's length and <see cref="ContentFile.MaxBytes"/>.</summary>
internal static class InputBoundary
{
    private const int MaxLinks = 40;

    /// <summary>The file's bytes, or null with one located error when it is outside the input folder or unreadable.</summary>
    public static byte[]? ReadBytes(string inputFolder, string path, DiagnosticBag diagnostics, string? allowedFolder = null) =>
        Allows(inputFolder, path, diagnostics, allowedFolder) ? ContentFile.ReadBytes(path, diagnostics) : null;

    /// <summary>The file as strict UTF-8 text, or null with one located error (see <see cref="ReadBytes"/>).</summary>
    public static string? ReadText(string inputFolder, string path, DiagnosticBag diagnostics, string? allowedFolder = null) =>
        Allows(inputFolder, path, diagnostics, allowedFolder) ? ContentFile.ReadText(path, diagnostics) : null;

    /// <summary>Where <paramref name="text"/>, within a line, first appears in the file; null when it does not, or the file cannot be read.</summary>
    public static SourceLocation? Find(string inputFolder, string path, string text)
    {
        var content = text.Contains('\n', StringComparison.Ordinal) ? null : ReadText(inputFolder, path, new DiagnosticBag());
        var index = content?.IndexOf(text, StringComparison.Ordinal) ?? -1;
        var before = content.AsSpan(0, Math.Max(index, 0));
        return index < 0 ? null
            : new SourceLocation(ContentFile.DisplayPath(path), before.Count('\n') + 1, index - before.LastIndexOf('\n'));
    }

    /// <summary>The files in <paramref name="folder"/> matching <paramref name="pattern"/>, in ordinal order.</summary>
    /// <remarks>A linked folder is never entered: one leading out of the input folder is an error, one inside it a second name.</remarks>
    public static IReadOnlyList<string> Files(string inputFolder, string folder, string pattern, bool recursive, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        if (Directory.Exists(folder) && Allows(inputFolder, folder, diagnostics))
        {
            Collect(inputFolder, folder, pattern, recursive, files, diagnostics);
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Collect(string inputFolder, string folder, string pattern, bool recursive, List<string> files, DiagnosticBag diagnostics)
    {
        files.AddRange(Directory.EnumerateFiles(folder, pattern));
        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (new DirectoryInfo(child).LinkTarget is not null)
            {
                Allows(inputFolder, child, diagnostics);
            }
            else if (recursive)
            {
                Collect(inputFolder, child, pattern, recursive, files, diagnostics);
            }
        }
    }

    /// <summary>True when <paramref name="path"/> (if it exists) stays inside <paramref name="inputFolder"/> once every link is followed.</summary>
    /// <param name="allowedFolder">A folder already allowed that holds the path: only the path's own entry is then looked at.</param>
    public static bool Allows(string inputFolder, string path, DiagnosticBag diagnostics, string? allowedFolder = null)
    {
        if (!ContentFile.IsPresent(path) || LexicallyInsideWithoutLinks(inputFolder, path, allowedFolder))
        {
            return true;
        }

        var root = RealPath(inputFolder);
        var real = RealPath(path);
        if (real == root || real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return true;
        }

        // The target is named only by the link's own text: the diagnostic says nothing of what is there.
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutsideInput, SourceLocation.WholeFile(ContentFile.DisplayPath(path)),
            "This is a symbolic link to a file or folder outside the input folder; the build reads only files inside it.",
            "Copy the file or folder into the input folder instead of linking to it."));
        return false;
    }

    /// <summary>The quick answer for a path under the input folder with no link on the way down to it.</summary>
    /// <remarks>A path with '..' takes the full resolution ('..' after a link climbs from the link's target).</remarks>
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
