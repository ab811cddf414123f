using System.IO.Hashing;
using System.Text;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Incremental;

/// <summary>Content hashes: what tells a rebuild whether a briefing, or anything else its page depends on, changed.</summary>
internal static class BriefingHash
{
    /// <summary>The files of a briefing folder the build reads.</summary>
    private static readonly string[] BriefingFiles = ["article.md", "annotations.yml", .. Loading.LoadSources.FileNames];

    /// <summary>
    /// A hash of the files of a briefing folder the build reads: each one's name and content, read
    /// through the input boundary as the build reads it (a file it refuses counts by its name alone;
    /// the build reports it, and a briefing with any diagnostic is built every time).
    /// </summary>
    public static string OfFolder(string folder)
    {
        // The folder is input/briefings/<slug>: its files are read as the build reads them, from input/.
        var input = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(folder)))!;
        var hash = new XxHash128();
        Add(hash, InputBoundary.Allows(input, folder, new DiagnosticBag()) ? "folder" : "refused");
        // One listing of the folder rather than a look for each name the build may read.
        var present = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var name in BriefingFiles.Where(present.Contains).Order(StringComparer.Ordinal))
        {
            AddFile(hash, name, input, Path.Join(folder, name), allowedFolder: folder);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of everything besides a briefing's own folder that its page depends on: every file of
    /// input/ outside briefings/ (through the input boundary), every file of the theme, the settings
    /// the build resolved (base URL, noindex, search) and the program itself.
    /// </summary>
    public static string OfEverythingElse(string inputFolder, string themeFolder, string baseUrl, bool noIndex, bool search = false)
    {
        var hash = new XxHash128();
        Add(hash, $"briefing {typeof(BriefingHash).Assembly.ManifestModule.ModuleVersionId} {baseUrl} {noIndex}{(search ? " search" : "")}");
        var input = Path.GetFullPath(inputFolder);
        var theme = Path.GetFullPath(themeFolder);
        var briefings = Path.Combine(input, "briefings");
        Add(hash, $"input {input} theme {theme}");
        var unused = new DiagnosticBag();
        var files = new List<string>(InputBoundary.Files(input, input, "*", recursive: false, unused));
        foreach (var folder in Directory.EnumerateDirectories(input).Where(d => d != briefings).Order(StringComparer.Ordinal))
        {
            Add(hash, "folder " + Path.GetRelativePath(input, folder));
            files.AddRange(InputBoundary.Files(input, folder, "*", recursive: true, unused));
        }

        foreach (var file in files)
        {
            AddFile(hash, Path.GetRelativePath(input, file), input, file);
        }

        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Add(hash, "theme " + Path.GetRelativePath(theme, file));
            hash.Append(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddFile(XxHash128 hash, string name, string root, string path, string? allowedFolder = null)
    {
        var bytes = InputBoundary.ReadBytes(root, path, new DiagnosticBag(), allowedFolder);
        Add(hash, $"file {name} {(bytes is null ? "refused" : bytes.Length)}");
        hash.Append(bytes ?? []);
    }

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}
