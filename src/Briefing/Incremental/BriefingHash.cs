using System.IO.Hashing;
using System.Text;

namespace Briefing.Incremental;

/// <summary>Content hashes: what tells a rebuild whether a briefing, or anything else its page depends on, changed.</summary>
internal static class BriefingHash
{
    /// <summary>The files of a briefing folder the build reads.</summary>
    private static readonly string[] BriefingFiles = ["article.md", "annotations.yml", .. Loading.LoadSources.FileNames];

    /// <summary>
    /// A hash of the files of a briefing folder the build reads: each one's name and content, or where
    /// it links to (a link is never followed here; the build refuses one that leads out of input/).
    /// </summary>
    public static string OfFolder(string folder)
    {
        var hash = new XxHash128();
        Add(hash, "folder " + new DirectoryInfo(folder).LinkTarget);
        foreach (var name in BriefingFiles)
        {
            var file = new FileInfo(Path.Combine(folder, name));
            Add(hash, $"file {name} {file.Exists} {file.LinkTarget}");
            if (file is { Exists: true, LinkTarget: null })
            {
                hash.Append(File.ReadAllBytes(file.FullName));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of everything besides a briefing's own folder that its page depends on: every file of
    /// input/ outside briefings/, every file of the theme, the settings the build resolved (base URL,
    /// noindex) and the program itself.
    /// </summary>
    public static string OfEverythingElse(string inputFolder, string themeFolder, string baseUrl, bool noIndex)
    {
        var hash = new XxHash128();
        Add(hash, $"briefing {typeof(BriefingHash).Assembly.ManifestModule.ModuleVersionId} {baseUrl} {noIndex}");
        var input = Path.GetFullPath(inputFolder);
        var theme = Path.GetFullPath(themeFolder);
        var briefings = Path.Combine(input, "briefings");
        Add(hash, $"input {input} theme {theme}");
        var files = new List<(string Root, string File)>();
        files.AddRange(Directory.EnumerateFiles(input).Select(f => (input, f)));
        foreach (var folder in Directory.EnumerateDirectories(input).Where(d => d != briefings))
        {
            files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => (input, f)));
        }

        files.AddRange(Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Select(f => (theme, f)));
        foreach (var (root, file) in files.OrderBy(f => f.Root, StringComparer.Ordinal).ThenBy(f => f.File, StringComparer.Ordinal))
        {
            Add(hash, "file " + Path.GetRelativePath(root, file));
            hash.Append(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}
