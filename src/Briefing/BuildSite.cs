using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Incremental;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;

namespace Briefing;

/// <summary>
/// The build, top to bottom: load the site, theme and sources → each briefing, in parallel: load,
/// anchor, render, cite, lay out (or, unchanged since the last build, taken from it) → site-wide pages
/// → write. A build that writes stages the new site beside the output folder and swaps it in whole
/// only when every stage succeeded; otherwise the previous output stays as it was.
/// </summary>
internal static class BuildSite
{
    public static BuildResult Run(BuildOptions options, bool write = true, ISiteFileWriter? writer = null)
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
        var checking = !write;
        write = write && inputs.Complete(diagnostics);
        var (cache, key, previous, spare, citations) = OpenCache(options, inputs, write && options.UseCache && writer is null);
        using var staged = write ? StagedOutput.Begin(options.OutputFolder, writer, spare is null ? null : cache!.SpareFolder) : null;

        // Each briefing: load → anchor → render → cite → lay out, its pages staged as they are made.
        var built = BuildBriefings.Run(inputs, new(previous, staged?.FromSpare == true ? spare : null, Caching: cache is not null, citations), staged, diagnostics);

        // Site pages: made from every briefing, or the last build's when what they show of each is unchanged.
        var (sitePages, siteWide) = SiteWidePages(options, inputs, built, (key, previous, staged?.FromSpare == true ? spare : null), diagnostics);
        if (checking)
        {
            // `briefing check` goes further than a build.
            UnusedSources.Report(inputs.SharedSources.Get(), built.Briefings, diagnostics);
            UnlistedKeys.Report(inputs.SharedSources.Get().Sources.Values.Concat(built.Briefings.SelectMany(b => b.Sources.Sources.Values)).Distinct(), diagnostics);
        }

        if (diagnostics.HasErrors || inputs.Site is null || inputs.Theme is null)
        {
            return new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray());
        }

        var assets = inputs.Theme.Assets.Select(a => new SiteFile(a.OutputPath, a.Content)).ToList();
        if (!write)
        {
            return CheckLinks(options.InputFolder, inputs.Site, built, [.. siteWide.Made, .. assets], diagnostics);
        }

        // Write: the site-wide files staged (unless the spare site it began from holds them), the search index made over
        // the staged site, the staged site swapped in whole, the cache kept for the next build.
        var sitePaths = sitePages?.InSpare == true ? sitePages.Paths : [.. siteWide.Made.Select(f => f.Path), .. siteWide.Kept];
        WriteSiteWide(staged!, built, sitePages?.InSpare == true ? null : siteWide with { Made = [.. siteWide.Made, .. assets] }, cache);
        var searchTime = IndexSearch(options, staged!, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray());
        }

        Commit(staged!, cache, keepSpare: previous is not null, save: kept => cache?.Save(
            new CacheManifest(key!, built.Entries!, diagnostics.ToSortedArray().IsEmpty ? sitePages!.Key : null, sitePaths), spareKept: kept, citations));
        return Success(diagnostics, built.Briefings, (built.Briefings.Count * 2) + sitePaths.Count + assets.Count) with { SearchTime = searchTime };
    }

    /// <summary>
    /// The cache of a build that keeps one: the key of everything outside the briefing folders, the last
    /// build's manifest when it was made with that key, what the spare site holds, and the formatted citations kept.
    /// </summary>
    private static (BuildCache? Cache, string? Key, CacheManifest? Previous, CacheManifest? Spare, CitationMemo? Citations) OpenCache(
        BuildOptions options, SiteInputs inputs, bool caching)
    {
        if (!caching)
        {
            return (null, null, null, null, null);
        }

        var cache = BuildCache.For(options.OutputFolder);
        var key = BriefingHash.OfEverythingElse(options.InputFolder, options.ThemeFolder, inputs.Site!.BaseUrl, inputs.Site.NoIndex, inputs.Site.Search);
        var previous = cache.Load(key);
        var citations = CitationMemo.Open(cache.Folder, CitationFormatting.CslFormatter.Identity(inputs.Site.CitationStyle), keepUnused: previous is not null);
        return (cache, key, previous, cache.TakeSpare(key, usable: previous is not null), citations);
    }

    /// <summary>Pagefind's index of the staged site, so that it is swapped in with the pages: how long it took; null without search.</summary>
    private static TimeSpan? IndexSearch(BuildOptions options, StagedOutput staged, DiagnosticBag diagnostics)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return options.Pagefind is { } pagefind && Search.IndexSearch.Run(pagefind, staged.Folder, diagnostics) ? clock.Elapsed : null;
    }

    /// <summary>Writes the site-wide files into the staging folder. With a cache, a file the previous output holds unchanged keeps its time.</summary>
    /// <param name="files">The site-wide files; null when the spare site the staging folder began from holds them already.</param>
    private static void WriteSiteWide(StagedOutput staged, BuiltBriefings built, SiteWideFiles? files, BuildCache? cache)
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

        foreach (var file in files.Made)
        {
            if (cache is null)
            {
                staged.Write(file.Path, file.Content);
            }
            else
            {
                staged.WriteKeepingUnchanged(file.Path, file.Content);
            }
        }
    }

    /// <summary>
    /// Swaps the staged site in. With a cache, the replaced output is kept as the next build's spare, and
    /// the manifest goes with the output it describes: the old one is removed before the swap, the new one saved after.
    /// </summary>
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

    /// <summary>
    /// Index, topics, pages, feed, sitemap: made in full from every briefing (a rebuild's from the cache's
    /// summaries), or the previous build's when what they show of every briefing is unchanged (none to
    /// write when the spare site holds them, which is left in place only when no search index is made again over it).
    /// </summary>
    private static (SitePagesKey? Key, SiteWideFiles Files) SiteWidePages(BuildOptions options, SiteInputs inputs,
        BuiltBriefings built, (string? Key, CacheManifest? Previous, CacheManifest? Spare) cached, DiagnosticBag diagnostics)
    {
        var sitePages = cached.Key is null ? null : new SitePagesKey(BriefingHash.OfSitePages(cached.Key, built.Entries!), cached.Previous,
            options.Pagefind is null ? cached.Spare : null);
        if (sitePages?.InSpare == true)
        {
            return (sitePages, SiteWideFiles.None);
        }

        if (sitePages?.FromPrevious(options.OutputFolder) is { } kept)
        {
            return (sitePages, new SiteWideFiles([], kept));
        }

        var made = inputs.Site is { } site && inputs.Theme is { } theme
            ? LayOutSite.Run(built.Briefings, inputs.ContentPages, site, theme, diagnostics)
            : [];
        return (sitePages, new SiteWideFiles(made, []));
    }

    /// <summary>A build that writes nothing checks every link of the pages it made.</summary>
    private static BuildResult CheckLinks(string inputFolder, SiteSettings site, BuiltBriefings built, IReadOnlyList<SiteFile> siteFiles, DiagnosticBag diagnostics)
    {
        var files = built.Files.Concat(siteFiles).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        SiteLinks.Check(files, built.Briefings, inputFolder, site.BaseUrl, diagnostics);
        return diagnostics.HasErrors
            ? new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray())
            : Success(diagnostics, built.Briefings, files.Count);
    }

    private static BuildResult Success(DiagnosticBag diagnostics, IReadOnlyList<RenderedBriefing> briefings, int files) =>
        new(ExitCode.Success, diagnostics.ToSortedArray(), null, briefings.Count, briefings.Sum(b => b.Notes.Length), files);
}
