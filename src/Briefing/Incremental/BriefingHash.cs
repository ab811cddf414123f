using System.IO.Hashing;
using Briefing.Loading;

namespace Briefing.Incremental;

/// <summary>Content hashes: what tells a rebuild whether a briefing, or anything else its page depends on, changed.</summary>
internal static class BriefingHash
{
    /// <summary>
    /// The program that builds, as its output depends on it: the runtime's version and each assembly that
    /// decides what a page holds (Briefing's own, the CSL processor and the libraries they read and write with).
    /// </summary>
    public static readonly string Program = string.Join(' ', Environment.Version,
        string.Join(' ', new[] { typeof(BriefingHash), typeof(Csl.CslProcessor), typeof(Markdig.Markdown), typeof(Scriban.Template),
            typeof(YamlDotNet.Core.Parser), typeof(NUglify.Uglify), typeof(AngleSharp.Html.Parser.HtmlParser) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId)));

    /// <summary>
    /// The key of everything besides a briefing's own folder that its page depends on: every file of
    /// input/ outside briefings/ (through the input boundary), every file of the theme, the settings
    /// the build resolved (base URL, noindex, search) and the program itself.
    /// </summary>
    public static string OfEverythingElse(string inputFolder, string themeFolder, string baseUrl, bool noIndex, bool search = false)
    {
        var hash = new XxHash128();
        Add(hash, $"briefing {Program} {baseUrl} {noIndex}{(search ? " search" : "")}");
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

    /// <summary>
    /// The key of the site-wide pages: everything besides the briefing folders, and what those pages show
    /// of each briefing (its summary), in slug order. Equal keys make the same pages.
    /// </summary>
    public static string OfSitePages(string key, IReadOnlyDictionary<string, CachedBriefing> briefings)
    {
        var hash = new XxHash128();
        Add(hash, key);
        foreach (var slug in briefings.Keys.Order(StringComparer.Ordinal))
        {
            Add(hash, slug);
            hash.Append(JsonSerializer.SerializeToUtf8Bytes(briefings[slug].Summary, CacheJson.Default.BriefingSummary));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddFile(XxHash128 hash, string name, string root, string path)
    {
        var bytes = InputBoundary.ReadBytes(root, path, new DiagnosticBag());
        Add(hash, $"file {name} {(bytes is null ? "refused" : bytes.Length)}");
        hash.Append(bytes ?? []);
    }

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}
