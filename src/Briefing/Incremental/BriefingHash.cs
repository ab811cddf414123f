using System.IO.Hashing;
using Briefing.Loading;

namespace Briefing.Incremental;

/// <summary>Content hashes: what tells a rebuild whether a briefing, or anything else its page depends on, changed.</summary>
internal static class BriefingHash
{
    /// <summary>The program that builds: the runtime's version and each assembly that decides what a page holds.</summary>
    public static readonly string Program = string.Join(' ', Environment.Version,
        string.Join(' ', new[] { typeof(BriefingHash), typeof(Csl.CslProcessor), typeof(Markdig.Markdown), typeof(Scriban.Template),
            typeof(YamlDotNet.Core.Parser), typeof(NUglify.Uglify), typeof(AngleSharp.Html.Parser.HtmlParser) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId)));

    /// <summary>The key of all a page depends on besides its folder: input/ outside briefings/, theme, settings, program.</summary>
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
            var bytes = InputBoundary.ReadBytes(input, file, unused);
            Add(hash, $"file {Path.GetRelativePath(input, file)} {(bytes is null ? "refused" : bytes.Length)}");
            hash.Append(bytes ?? []);
        }

        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Add(hash, "theme " + Path.GetRelativePath(theme, file));
            hash.Append(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of the site-wide pages: <paramref name="key"/> and each briefing's summary, in slug order.</summary>
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

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}
