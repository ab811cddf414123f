using Briefing.Incremental;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;

namespace Briefing;

/// <summary>The build: inputs loaded → briefings built in parallel (or kept) → site-wide pages → staged, swapped in whole on success.</summary>
internal static class BuildSite
{
    public static BuildResult Run(BuildOptions options, bool write = true, FileSink? writer = null)
    {
        if (UsageChecks.Check(options, write) is { } usage)
        {
            return BuildResult.Usage(usage);
        }

        if (write)
        {
            OutputLeftovers.Clear(options.OutputFolder);
        }

        // Load: site.yml, input/pages, the theme, the shared sources and the briefing folders.
        var diagnostics = new DiagnosticBag();
        var inputs = LoadInputs.Run(options, diagnostics);

        // A build that writes stages a complete site; with errors so far it still reads every briefing,
        // so that one run reports every problem. With a cache, it redoes only briefings whose files changed.
        var staging = write && inputs.Complete(diagnostics);
        var cache = staging && options.UseCache && writer is null ? OpenCache(options, inputs) : null;
        using var staged = staging ? StagedOutput.Begin(options.OutputFolder, writer, cache?.Spare is null ? null : cache.Store.SpareFolder) : null;
        var spare = staged?.FromSpare == true ? cache!.Spare : null;

        // Each briefing: load → anchor → render → cite → lay out, its pages staged as they are made.
        var built = BuildBriefings.Run(inputs, new(cache?.Previous, spare, Caching: cache is not null, cache?.Citations), staged, diagnostics);

        // Site pages: made from every briefing, or the last build's when what they show of each is unchanged.
        var sitePages = SiteWidePages(options, inputs, built, (cache?.Key, cache?.Previous, spare), diagnostics);
        if (!write)
        {
            return Check(options, inputs, built, sitePages.Files!.Made, diagnostics);
        }

        if (diagnostics.HasErrors || inputs.Site is null || inputs.Theme is null)
        {
            return new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray());
        }

        // Write: the site-wide files staged (unless the spare site it began from holds them), the search index made over
        // the staged site, the staged site swapped in whole, the cache kept for the next build.
        var assets = Assets(inputs.Theme);
        WriteSiteWide(staged!, built, sitePages.Files is { } files ? files with { Made = [.. files.Made, .. assets] } : null, cache is not null);
        var searchTime = IndexSearch(options, staged!, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray());
        }

        Commit(staged!, cache?.Store, keepSpare: cache?.Previous is not null, save: kept => cache?.Store.Save(
            new CacheManifest(cache.Key, built.Entries!, diagnostics.ToSortedArray().IsEmpty ? sitePages.Key : null, sitePages.Paths), spareKept: kept, cache.Citations));
        return Success(diagnostics, built.Briefings, (built.Briefings.Count * 2) + sitePages.Paths.Count + assets.Count) with { SearchTime = searchTime };
    }

    /// <summary>The cache: the key of everything outside the briefing folders, the manifests made with it, and the citations kept.</summary>
    private static OpenedCache OpenCache(BuildOptions options, SiteInputs inputs)
    {
        var cache = BuildCache.For(options.OutputFolder);
        var key = BriefingHash.OfEverythingElse(options.InputFolder, options.ThemeFolder, inputs.Site!.BaseUrl, inputs.Site.NoIndex, inputs.Site.Search);
        var previous = cache.Load(key);
        var citations = new CitationMemo(cache.Folder, CitationFormatting.CslFormatter.Identity(inputs.Site.CitationStyle), keepUnused: previous is not null);
        return new OpenedCache(cache, key, previous, cache.TakeSpare(key, usable: previous is not null), citations);
    }

    private sealed record OpenedCache(BuildCache Store, string Key, CacheManifest? Previous, CacheManifest? Spare, CitationMemo Citations);

    /// <summary>Pagefind's index of the staged site, so that it is swapped in with the pages: how long it took; null without search.</summary>
    private static TimeSpan? IndexSearch(BuildOptions options, StagedOutput staged, DiagnosticBag diagnostics)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return options.Pagefind is { } pagefind && Search.PagefindProgram.Index(pagefind, staged.Folder, diagnostics) ? clock.Elapsed : null;
    }

    /// <summary>Writes the site-wide files into the staging folder. With a cache, a file the previous output holds unchanged keeps its time.</summary>
    /// <param name="files">The site-wide files; null when the spare site the staging folder began from holds them already.</param>
    private static void WriteSiteWide(StagedOutput staged, BuiltBriefings built, SiteWideFiles? files, bool caching)
    {
        if (files is null)
        {
            return;
        }

        staged.KeepOnlyBriefings(built.Entries?.Keys.ToHashSet(StringComparer.Ordinal) ?? []);
        foreach (var path in files.Kept)
        {
            staged.TakeFromPrevious(path);
        }

        Action<string, byte[]> write = caching ? staged.WriteKeepingUnchanged : (path, content) => staged.Write(path, content);
        foreach (var file in files.Made)
        {
            write(file.Path, file.Content);
        }
    }

    /// <summary>Swaps the staged site in; with a cache, the replaced output becomes the spare, and each manifest goes with its output.</summary>
    private static void Commit(StagedOutput staged, BuildCache? cache, bool keepSpare, Action<bool> save)
    {
        // A build without the cache forgets it too: the output it described is being replaced.
        if (keepSpare && cache is not null)
        {
            cache.SetAsideForSpare();
        }
        else
        {
            (cache ?? BuildCache.For(staged.OutputFolder)).Forget();
        }

        save(staged.Commit(keepSpare ? cache?.SpareFolder : null));
    }

    /// <summary>Index, topics, pages, feed, sitemap: made, or the previous build's when their key is the recorded one; none when the spare holds them.</summary>
    private static SitePages SiteWidePages(BuildOptions options, SiteInputs inputs,
        BuiltBriefings built, (string? Key, CacheManifest? Previous, CacheManifest? Spare) cached, DiagnosticBag diagnostics)
    {
        var key = cached.Key is null ? null : BriefingHash.OfSitePages(cached.Key, built.Entries!);

        // The spare site's pages are left in place only when no search index is made again over them.
        if (key is not null && options.Pagefind is null && cached.Spare is { SitePages: { } inSpare } && cached.Spare.SitePagesKey == key)
        {
            return new SitePages(key, null, inSpare);
        }

        if (key is not null && cached.Previous is { SitePages: { } kept } && cached.Previous.SitePagesKey == key
            && kept.All(path => File.Exists(Path.Combine(options.OutputFolder, path))))
        {
            return new SitePages(key, new SiteWideFiles([], kept), kept);
        }

        var made = inputs.Site is { } site && inputs.Theme is { } theme
            ? LayOutSite.Run(built.Briefings, inputs.ContentPages, site, theme, diagnostics)
            : [];
        return new SitePages(key, new SiteWideFiles(made, []), [.. made.Select(f => f.Path)]);
    }

    /// <summary>The site-wide pages' key (null without a cache), the files to write (null when the spare site holds them) and their paths.</summary>
    private sealed record SitePages(string? Key, SiteWideFiles? Files, List<string> Paths);

    /// <summary>`briefing check` goes further than a build: sources unused or holding keys CSL does not define, and every link of the pages it made.</summary>
    private static BuildResult Check(BuildOptions options, SiteInputs inputs, BuiltBriefings built, IReadOnlyList<SiteFile> siteFiles, DiagnosticBag diagnostics)
    {
        var shared = inputs.SharedSources.Value;
        UnusedSources.Report(shared, built.Briefings, diagnostics);
        UnlistedKeys.Report(shared.Sources.Values.Concat(built.Briefings.SelectMany(b => b.Sources.Sources.Values)).Distinct(), diagnostics);
        if (diagnostics.HasErrors || inputs.Site is null || inputs.Theme is null)
        {
            return new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray());
        }

        var files = built.Files.Concat(siteFiles).Concat(Assets(inputs.Theme)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        SiteLinks.Check(files, built.Briefings, options.InputFolder, inputs.Site.BaseUrl, diagnostics);
        return diagnostics.HasErrors
            ? new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray())
            : Success(diagnostics, built.Briefings, files.Count);
    }

    private static List<SiteFile> Assets(Theme theme) => [.. theme.Assets.Select(a => new SiteFile(a.OutputPath, a.Content))];

    private static BuildResult Success(DiagnosticBag diagnostics, IReadOnlyList<RenderedBriefing> briefings, int files) =>
        new(ExitCode.Success, diagnostics.ToSortedArray(), null, briefings.Count, briefings.Sum(b => b.Notes.Length), files);
}
