using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;

namespace Briefing.Incremental;

/// <summary>Content hashes: what tells a rebuild whether a briefing, or anything else its page depends on, changed.</summary>
internal static class BriefingHash
{
    /// <summary>The files of a briefing folder the build reads.</summary>
    private static readonly string[] BriefingFiles = ["article.md", "annotations.yml", .. Loading.LoadSources.FileNames];

    /// <summary>
    /// A hash of the files of a briefing folder the build reads: each one's name and content, or what
    /// it is when it is not a regular file (a link is never followed here; the build refuses one that
    /// leads out of input/, and a briefing with any diagnostic is built every time).
    /// </summary>
    public static string OfFolder(string folder)
    {
        var entries = new FileSystemEnumerable<(string Name, FileAttributes Attributes)>(folder,
            (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.Attributes), new EnumerationOptions { AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => BriefingFiles.AsSpan().IndexOf(entry.FileName.ToString()) >= 0,
        };
        var hash = new XxHash128();
        foreach (var (name, attributes) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var regular = (attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) == 0;
            Add(hash, $"file {name} {(regular ? "" : attributes.ToString())}");
            if (regular)
            {
                hash.Append(File.ReadAllBytes(Path.Join(folder, name)));
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
