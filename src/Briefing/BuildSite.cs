using System.Collections.Concurrent;
using System.Text;
using Briefing.Anchoring;
using Briefing.Citations;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Incremental;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;

namespace Briefing;

/// <summary>
/// The build, top to bottom: load the site, theme and sources → for each briefing, in parallel: load,
/// render Markdown, anchor annotations, render notes and citations, lay out → site-wide pages → write.
/// Nothing is written unless every stage succeeded.
/// </summary>
internal static class BuildSite
{
    public static BuildResult Run(BuildOptions options, bool write = true, ISiteFileWriter? writer = null)
    {
        if (UsageChecks.Check(options, write) is { } usage)
        {
            return BuildResult.Usage(usage);
        }

        // A build that writes may redo only what changed since the last one (see BuildCache).
        var cache = write && options.UseCache && writer is null ? BuildCache.For(options.OutputFolder) : null;
        using var collections = cache?.Collections;
        var diagnostics = new DiagnosticBag();

        // The shared sources depend on nothing else: another core reads them while this thread reads the
        // site, its pages and the theme. (With the theme on a third thread, this one waited for it while
        // the other two took turns on one core: a scheduler may keep a woken thread where it was woken,
        // and this machine's does, leaving the other core idle for 5 to 9 ms of a build's start.)
        var sharedSources = SharedSources.Read(options.InputFolder, diagnostics);
        cache?.ReadFragmentsInBackground();
        var site = LoadSite.Run(options.InputFolder, diagnostics);
        if (site is not null && ChooseBaseUrl(options, site) is { } baseUrl)
        {
            site = site with { BaseUrl = baseUrl };
        }

        // Netlify names the kind of deploy in CONTEXT; anything but production is a preview.
        if (site is not null && Environment.GetEnvironmentVariable("NETLIFY") == "true"
            && Environment.GetEnvironmentVariable("CONTEXT") is { Length: > 0 } context && context != "production")
        {
            site = site with { NoIndex = true };
        }

        var pipelines = new MarkdownPipelines();
        var citations = new CitationCache();

        // Pages from input/pages come first: every page's navigation links to them.
        var contentPages = LoadPages.Run(options.InputFolder, pipelines, diagnostics);
        if (site is not null)
        {
            site = site with { Navigation = [.. contentPages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new NavigationLink(p.Title, "/" + p.Path))] };
        }

        var folders = BriefingFolders(options.InputFolder);
        var theme = Theme.Load(options.ThemeFolder, options.InputFolder, diagnostics);
        var checking = !write;
        if (diagnostics.HasErrors || site is null || theme is null)
        {
            // Still read every briefing, so that one run reports every problem.
            write = false;
        }

        if (!write)
        {
            cache = null;
        }

        var cacheKey = cache is null ? null : BuildCache.KeyOf(options.InputFolder, options.ThemeFolder, site!);
        if (cache?.Load(cacheKey!) is { } previous)
        {
            return IncrementalBuild.Run(new IncrementalBuild.Context(cache, cacheKey!, previous, folders, site!, theme!, contentPages,
                sharedSources, pipelines, citations, diagnostics));
        }

        // While the shared sources are still being read on the other core, this one goes ahead with the
        // first briefings as far as they go without them. A full build reads every briefing: the shared
        // sources first, and their errors stop the writing like any others. What the briefings taken
        // ahead found joins the build's diagnostics after that decision, as if they had been read after
        // the sources. (A rebuild asks for them only when it builds a briefing.)
        var foundAhead = new DiagnosticBag();
        var ahead = PrepareAhead(folders, sharedSources, cache is not null, pipelines, foundAhead);
        var library = sharedSources.Get();
        if (diagnostics.HasErrors)
        {
            write = false;
            cache = null;
        }

        foreach (var diagnostic in foundAhead.ToSortedArray())
        {
            diagnostics.Add(diagnostic);
        }

        // A full build (or one that only reports errors) allocates far past the region's budget:
        // collections as usual, from the start.
        if (collections is not null)
        {
            cache?.Release();
            collections.EndForFullBuild();
        }

        var briefings = new RenderedBriefing?[folders.Count];
        var cached = new CachedBriefing?[folders.Count];
        var pages = new ConcurrentBag<RenderedPage>();

        // A build that writes puts each briefing's files into the staging folder as soon as they are
        // made, and keeps only what the site-wide pages need: memory stays flat however many briefings
        // there are. Nothing reaches the output folder before the commit at the end.
        using var staged = write ? StagedOutput.Begin(options.OutputFolder, writer) : null;
        ForEachBriefing(folders.Count, i =>
        {
            RenderedBriefing? briefing;
            RenderedPage? page = null;

            // A build that writes hands each file to the staging folder straight from the buffer it was
            // encoded into. Once any briefing has an error nothing will be committed: writing stops. A
            // write that fails is the disk's fault, not this briefing's: it is not wrapped as one.
            var writing = false;
            FileSink? sink = staged is null ? null : (path, content) =>
            {
                if (!diagnostics.HasErrors)
                {
                    writing = true;
                    staged.Write(path, content);
                    writing = false;
                }
            };
            try
            {
                // The folder's time before anything in it is read; each file's stamp as it is read.
                var taken = i < ahead.Length ? Interlocked.Exchange(ref ahead[i], null) : null;
                var folderTicks = taken?.FolderTicks ?? (cache is null ? 0 : FileStat.FolderTicks(folders[i]));
                using (var reads = cache is null ? null : taken?.Reads?.Resume() ?? ContentFile.Record())
                {
                    briefing = taken is null
                        ? BuildBriefing(folders[i], library, pipelines, diagnostics, citations)
                        : FinishBriefing(taken.Prepared, library, pipelines, diagnostics, citations);
                    if (briefing is not null && reads is not null)
                    {
                        cached[i] = IncrementalBuild.Entry(folders[i], (folderTicks, reads.StampsIn(folders[i])), briefing, read: reads.Files);
                    }
                }

                if (briefing is not null && site is not null && theme is not null)
                {
                    if (sink is null)
                    {
                        page = LayOutPages.Briefing(briefing, site, theme, diagnostics);
                    }
                    else if (LayOutPages.Briefing(briefing, site, theme, diagnostics, sink))
                    {
                        LayOutSite.WriteAnnotations(briefing, site, sink);
                    }
                }
            }
            catch (Exception ex) when (!writing)
            {
                throw new BuildFailure(folders[i], ex);
            }

            if (briefing is null)
            {
                return;
            }

            if (staged is null)
            {
                briefings[i] = briefing;
                if (page is not null)
                {
                    pages.Add(page);
                }

                return;
            }

            briefings[i] = briefing.ForSiteWidePages();
        });

        var built = briefings.OfType<RenderedBriefing>().ToList();
        var topics = Topic.Collect(built);
        // A build that keeps a cache keeps the list pages' entries too, for the next build to take.
        var fragments = cache is null ? null : new SiteFragments(ListFragments.Empty, options.OutputFolder);
        var siteWide = site is not null && theme is not null
            ? LayOutSite.Run(built, contentPages, site, theme, diagnostics, annotations: staged is null, topics: topics, fragments: fragments)
            : [];

        if (checking)
        {
            // `briefing check` goes further than a build.
            UnusedSources.Report(library, built, diagnostics);
        }

        var all = diagnostics.ToSortedArray();
        if (diagnostics.HasErrors || site is null || theme is null)
        {
            return new BuildResult(ExitCode.ContentErrors, all);
        }

        var assets = theme.Assets.Select(a => new SiteFile(a.OutputPath, a.Content)).ToList();
        if (staged is not null)
        {
            foreach (var file in siteWide.Concat(assets))
            {
                staged.Write(file.Path, file.Content);
            }

            if (cache is null)
            {
                staged.Commit();
            }
            else
            {
                // The manifest goes with the output it describes: a stale one is removed before the swap.
                cache.Forget();
                staged.Commit();
                IncrementalBuild.SaveAfterFullBuild(cache, cacheKey!, folders, cached, diagnostics, siteWide, topics, built, fragments!);
            }

            return new BuildResult(ExitCode.Success, all, null, built.Count, built.Sum(b => b.Notes.Length), (built.Count * 2) + siteWide.Count + assets.Count);
        }

        var files = pages
            .Select(p => new SiteFile(p.Path, p.Html))
            .Concat(siteWide)
            .Concat(assets)
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        SiteLinks.Check(files, built, site.BaseUrl, diagnostics);
        return diagnostics.HasErrors
            ? new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray())
            : new BuildResult(ExitCode.Success, diagnostics.ToSortedArray(), null, built.Count, built.Sum(b => b.Notes.Length), files.Count);
    }

    /// <summary>One briefing from its folder to rendered HTML; null when its content has errors.</summary>
    public static RenderedBriefing? BuildBriefing(
        string folder, SourceLibrary sharedSources, MarkdownPipelines pipelines, DiagnosticBag diagnostics, CitationCache? citations = null) =>
        FinishBriefing(PrepareBriefing(folder, pipelines, diagnostics), sharedSources, pipelines, diagnostics, citations);

    /// <summary>
    /// The part of a briefing that needs no sources: its files read, the article parsed, annotations
    /// anchored and the article rendered. Null when it stopped before its own sources file is read
    /// (an invalid folder); otherwise <see cref="FinishBriefing"/> reads that file and renders the notes.
    /// </summary>
    internal static PreparedBriefing? PrepareBriefing(string folder, MarkdownPipelines pipelines, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileName(folder);
        var articlePath = Path.Combine(folder, "article.md");
        if (!LoadAnnotations.IsValidId(slug))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, SourceLocation.WholeFile(ContentFile.DisplayPath(folder)),
                $"The briefing folder name '{slug}' is not a valid slug: it becomes the page's URL.",
                "Use lower-case letters, digits and hyphens, e.g. china-north-korea-relationship."));
            return null;
        }

        if (!File.Exists(articlePath))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingArticle, SourceLocation.WholeFile(ContentFile.DisplayPath(folder)),
                "The briefing folder has no article.md.", "Add the republished article as article.md, or remove the folder."));
            return null;
        }

        // The folder is input/briefings/<slug>: nothing it holds may lead out of input/.
        var input = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(folder)))!;
        var annotationsPath = Path.Combine(folder, "annotations.yml");
        if (!InputBoundary.Allows(input, folder, diagnostics)
            || !InputBoundary.Allows(input, articlePath, diagnostics, allowedFolder: folder)
            || !InputBoundary.Allows(input, annotationsPath, diagnostics, allowedFolder: folder))
        {
            return null;
        }

        var article = LoadArticle.Run(articlePath, slug, diagnostics);
        var annotations = LoadAnnotations.Run(annotationsPath, diagnostics);
        if (article is null
            || RenderArticle.Parse(article.Body, pipelines, SourceLocation.WholeFile(article.File), diagnostics) is not { } document)
        {
            // Its own sources file is still read, and reported on, by FinishBriefing.
            return new PreparedBriefing(folder, input, article, null, null);
        }

        LinkSafety.Check(document, inline => article.Locate(inline.Span.Start), diagnostics);
        var anchors = AnchorAnnotations.Run(article, document, annotations, diagnostics);
        var html = MarkdownDepth.Guard(() => RenderArticle.ToHtml(document, pipelines), SourceLocation.WholeFile(article.File), diagnostics);
        return new PreparedBriefing(folder, input, article, anchors, html);
    }

    /// <summary>The rest of a briefing: its own sources file read beside the shared sources, and its notes and citations rendered.</summary>
    internal static RenderedBriefing? FinishBriefing(
        PreparedBriefing? prepared, SourceLibrary sharedSources, MarkdownPipelines pipelines, DiagnosticBag diagnostics, CitationCache? citations = null)
    {
        if (prepared is null)
        {
            return null;
        }

        var sources = LoadSources.Run(prepared.Folder, sharedSources, diagnostics, prepared.Input, allowedFolder: prepared.Folder);
        if (prepared.Anchors is not { } anchors)
        {
            return null;
        }

        var (notes, bibliography) = RenderNotes.Run(anchors, sources, pipelines, diagnostics, citations);
        return prepared.Html is not { } html ? null : new RenderedBriefing(prepared.Article!, html, anchors, notes, bibliography) { Sources = sources };
    }

    /// <summary>A briefing begun before the shared sources were read: what it made, its folder's time and what it read.</summary>
    private sealed record Ahead(PreparedBriefing? Prepared, long FolderTicks, ReadLog? Reads);

    /// <summary>At most this many briefings are held begun while the shared sources are read.</summary>
    private const int MaxAhead = 64;

    /// <summary>
    /// Tests only: begin exactly this many briefings ahead on the calling thread (fewer if there are
    /// fewer), whether or not the sources are read meanwhile, so that both paths are tested at will.
    /// </summary>
    [ThreadStatic]
    internal static int? AheadForTests;

    /// <summary>
    /// Begins briefings in order, on this thread, until the shared sources are read. How far it gets
    /// depends on timing, but not what is built: each briefing begun here is finished in the build's
    /// loop exactly as one begun there.
    /// </summary>
    private static Ahead?[] PrepareAhead(List<string> folders, SharedSources sources, bool record, MarkdownPipelines pipelines, DiagnosticBag diagnostics)
    {
        var ahead = new List<Ahead>();
        var limit = Math.Min(folders.Count, AheadForTests ?? MaxAhead);
        while (ahead.Count < limit && (AheadForTests is not null || !sources.IsRead))
        {
            var folder = folders[ahead.Count];
            var folderTicks = record ? FileStat.FolderTicks(folder) : 0;
            var reads = record ? ContentFile.Record() : null;
            try
            {
                ahead.Add(new Ahead(PrepareBriefing(folder, pipelines, diagnostics), folderTicks, reads));
            }
            catch (Exception ex)
            {
                throw new BuildFailure(folder, ex);
            }
            finally
            {
                reads?.Dispose();
            }
        }

        return [.. ahead];
    }

    /// <summary>
    /// Runs <paramref name="body"/> for each index on every core, each core taking the next index as it
    /// comes free. Parallel.For hands each worker runs of indices that grow to 16: at the end of a
    /// build one core could be left with up to 16 briefings (about 12 ms) while the other waited. A
    /// partition of single indices keeps Parallel's own scheduling (each worker on the thread pool hands
    /// its thread back every 100 to 150 ms, and carries on from a fresh task). Once a briefing throws, no
    /// other is begun; the build fails with the one exception thrown, not an AggregateException around
    /// it (with several, an AggregateException of them all).
    /// </summary>
    internal static void ForEachBriefing(int count, Action<int> body)
    {
        if (count == 0)
        {
            return;
        }

        try
        {
            Parallel.ForEach(Partitioner.Create(0, count, rangeSize: 1), range => body(range.Item1));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    private static List<string> BriefingFolders(string input)
    {
        // Sorted by name: the same order as by path, without comparing the long common prefix each time.
        // Names straight from the listing (not full paths cut back to names), then each joined once.
        var root = Path.Combine(input, "briefings");
        if (!Directory.Exists(root))
        {
            return [];
        }

        var names = new System.IO.Enumeration.FileSystemEnumerable<string>(root, (ref System.IO.Enumeration.FileSystemEntry entry) => entry.FileName.ToString(),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => entry.IsDirectory && entry.FileName[0] is not ('.' or '_'),
        };
        // Sorted in place: Order's keyed sort of 4,000 names took 2.0 ms in a fresh native process, this 1.4 ms.
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return [.. sorted.Select(name => Path.Join(root, name))];
    }

    /// <summary>--base-url, else Netlify's URL (the deploy's own for previews), else site.yml's.</summary>
    private static string? ChooseBaseUrl(BuildOptions options, SiteSettings site)
    {
        if (!string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return options.BaseUrl.TrimEnd('/');
        }

        if (Environment.GetEnvironmentVariable("NETLIFY") == "true")
        {
            // Production is served at the site's own URL; previews and branch deploys at their deploy URL.
            var production = Environment.GetEnvironmentVariable("CONTEXT") == "production";
            var netlify = production
                ? Environment.GetEnvironmentVariable("URL")
                : Environment.GetEnvironmentVariable("DEPLOY_PRIME_URL") ?? Environment.GetEnvironmentVariable("URL");
            if (!string.IsNullOrWhiteSpace(netlify) && LoadSite.IsAbsoluteHttpUrl(netlify))
            {
                return netlify.TrimEnd('/');
            }
        }

        return null;
    }
}

/// <summary>An unexpected failure (a bug or an I/O fault) while building one briefing, carrying its folder.</summary>
internal sealed class BuildFailure(string folder, Exception inner)
    : Exception($"Building '{ContentFile.DisplayPath(folder)}' failed: {inner.Message}", inner)
{
    public string Folder { get; } = folder;
}
