using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Briefing.Citations;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;

namespace Briefing.Incremental;

/// <summary>
/// A build that starts from the last one's manifest: briefings whose files did not change are taken
/// from it, the others are built as usual, and only the files whose content changed are rewritten in
/// the output folder. Every page is made and checked before the first byte is written; a failure while
/// writing drops the manifest, so that the next build is a full one.
/// </summary>
internal static class IncrementalBuild
{
    internal sealed record Context(
        BuildCache Cache,
        string Key,
        CacheManifest Previous,
        IReadOnlyList<string> Folders,
        SiteSettings Site,
        Theme Theme,
        IReadOnlyList<ContentPage> ContentPages,
        SharedSources SharedSources,
        MarkdownPipelines Pipelines,
        CitationCache Citations,
        DiagnosticBag Diagnostics);

    public static BuildResult Run(Context context)
    {
        var (cache, key, previous, folders, site, theme, contentPages, sharedSources, pipelines, citations, diagnostics) = context;
        var briefings = new RenderedBriefing?[folders.Count];
        var entries = new CachedBriefing?[folders.Count];

        // Per briefing: built anew (its page may have changed), or taken from the manifest with
        // stamps that differ from the stored ones (a file touched, its content the same).
        var rebuilt = new bool[folders.Count];
        var restamped = new bool[folders.Count];
        var changed = new ConcurrentBag<SiteFile>();
        var stillThere = 0; // briefings of the last build whose folder is still there

        // Every briefing folder is in input/briefings/: its stamps are read below it, held open.
        using var briefingsFolder = folders.Count > 0 ? FileStat.Folder.Open(Path.GetDirectoryName(folders[0])!) : null;
        BuildSite.ForEachBriefing(folders.Count, i =>
        {
            var folder = folders[i];
            if (previous.Briefings.TryGetValue(Path.GetFileName(folder), out var old))
            {
                Interlocked.Increment(ref stillThere);
            }

            var (folderTicks, stamps) = BuildCache.StampsOf(folder, old, briefingsFolder);
            string? contentHash = null;
            // An entry without a content hash stands for a briefing that is built every time (it had warnings).
            if (old is { ContentHash.Length: > 0 })
            {
                var sameStamps = old.Stamps == stamps || old.Stamps.SequenceEqual(stamps);
                contentHash = sameStamps ? old.ContentHash : BuildCache.ContentHashOf(folder, stamps);
                if (contentHash == old.ContentHash)
                {
                    restamped[i] = !sameStamps || old.FolderTicks != folderTicks;
                    entries[i] = restamped[i] ? old with { FolderTicks = folderTicks, Stamps = stamps } : old;
                    return;
                }
            }

            rebuilt[i] = true;
            var library = sharedSources.Get(); // outside the briefing's own failures: a fault reading them is not its
            try
            {
                if (BuildSite.BuildBriefing(folder, library, pipelines, diagnostics, citations) is not { } briefing)
                {
                    return;
                }

                if (LayOutPages.Briefing(briefing, site, theme, diagnostics) is { } page)
                {
                    changed.Add(new SiteFile(page.Path, page.Html));
                    changed.Add(new SiteFile(LayOutSite.AnnotationsPath(briefing), LayOutSite.Annotations(briefing, site)));
                }

                entries[i] = Entry(folder, (folderTicks, stamps), briefing, contentHash);
                briefings[i] = briefing.ForSiteWidePages();
            }
            catch (Exception ex)
            {
                throw new BuildFailure(folder, ex);
            }
        });

        // The shared sources' diagnostics join the build's even when no briefing asked for them.
        sharedSources.Get();
        var all = diagnostics.ToSortedArray();
        if (diagnostics.HasErrors)
        {
            return new BuildResult(ExitCode.ContentErrors, all);
        }

        var present = entries.OfType<CachedBriefing>().ToList();
        var result = new BuildResult(ExitCode.Success, all, null, present.Count, present.Sum(e => e.Notes),
            (present.Count * 2) + previous.Outputs.Count + theme.Assets.Length);

        // What the index, topics, feed and sitemap show changes only with a briefing built anew, added or removed.
        var summariesChanged = present.Count != previous.Briefings.Count || Enumerable.Range(0, folders.Count).Any(i =>
            rebuilt[i] && (!previous.Briefings.TryGetValue(Path.GetFileName(folders[i]), out var old) || old.SummaryHash != entries[i]?.SummaryHash));
        if (changed.IsEmpty && !summariesChanged)
        {
            // Nothing to write: the manifest is saved again only when some stamps moved.
            if (restamped.Contains(true) || rebuilt.Contains(true))
            {
                cache.Save(Manifest(key, folders, entries, BriefingsWithDiagnostics(folders, diagnostics), previous.PageKeys, previous.Outputs, previous.Stored));
            }

            return result;
        }

        var manifest = Manifest(key, folders, entries, BriefingsWithDiagnostics(folders, diagnostics), previous.PageKeys, previous.Outputs, previous.Stored);
        if (!summariesChanged)
        {
            // Only briefing pages changed (a note's wording, say): the index, topics, feed and sitemap stay as they are.
            WriteOrForget(cache, () =>
            {
                foreach (var file in changed)
                {
                    WriteIfChanged(Path.Combine(cache.OutputFolder, file.Path.Replace('/', Path.DirectorySeparatorChar)), file.Content);
                }
            });
            cache.Save(manifest);
            return result;
        }

        // The site-wide pages read every briefing's summary: decoded on both cores.
        var fromSummaries = new RenderedBriefing?[folders.Count];
        Parallel.For(0, folders.Count, i => fromSummaries[i] = briefings[i] is null ? entries[i]?.Summary.ToBriefing() : null);
        var built = new List<RenderedBriefing>(present.Count);
        for (var i = 0; i < folders.Count; i++)
        {
            if ((briefings[i] ?? fromSummaries[i]) is { } briefing)
            {
                built.Add(briefing);
            }
        }

        // A briefing's slug is its folder's name: when every briefing of the last build has its folder, none is gone.
        List<string> gone = [];
        if (stillThere != previous.Briefings.Count)
        {
            var current = new HashSet<string>(built.Select(b => b.Article.Slug), StringComparer.Ordinal);
            gone = [.. previous.Briefings.Keys.Where(slug => !current.Contains(slug))];
        }

        // The list entries are made on the other core while this one collects the topics (one pass, in order).
        var making = Task.Run(() => new LayOutPages.ListItems(built));
        var topics = Topic.Collect(built);
        var pageKeys = PageKeys(topics, manifest, built);

        // The feed is every briefing's entry (FeedEntry): made again when a briefing came or went, or
        // when a briefing built anew has an entry other than the one its previous summary gave. A note's
        // count is in an entry only for a briefing without a summary of its own.
        var feedChanged = gone.Count > 0 || Enumerable.Range(0, folders.Count).Any(i => rebuilt[i] && briefings[i] is { } now
            && (!previous.Briefings.TryGetValue(Path.GetFileName(folders[i]), out var old) || !AtomFeed.SameEntry(old.Summary.ToBriefing(), now, site)));
        // The list pages made again take every entry they can from the last build's (see ListFragments).
        var stored = cache.LoadFragments(key);
        var fragments = new SiteFragments(stored ?? ListFragments.Empty, cache.OutputFolder);
        var siteWide = LayOutSite.Run(built, contentPages, site, theme, diagnostics, annotations: false,
            layOut: path => path == LayOutSite.FeedPath ? feedChanged : !previous.PageKeys.TryGetValue(path, out var was) || was != pageKeys[path],
            topics: topics, fragments: fragments, items: making.GetAwaiter().GetResult());
        if (diagnostics.HasErrors)
        {
            return new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray());
        }

        // Where the list pages' entries are now, kept beside the writing (it is only read with this manifest).
        var savingFragments = stored is null || fragments.MadeCount > 0
            ? Task.Run(() => cache.SaveFragments(fragments.Next(LayOutSite.ListPages(topics)), key))
            : Task.CompletedTask;
        try
        {
            var output = cache.OutputFolder;
            foreach (var file in changed.Concat(siteWide))
            {
                WriteIfChanged(Path.Combine(output, file.Path.Replace('/', Path.DirectorySeparatorChar)), file.Content);
            }

            foreach (var slug in gone)
            {
                Delete(Path.Combine(output, "briefings", slug));
            }

            foreach (var path in previous.PageKeys.Keys.Where(p => !pageKeys.ContainsKey(p)))
            {
                Delete(Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar)));
            }

            var outputs = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
            foreach (var path in SiteWidePaths(siteWide, pageKeys.Keys, previous.Outputs.Keys))
            {
                outputs[path] = FileStamp.Of(Path.Combine(output, path));
            }

            cache.Save(manifest with { PageKeys = pageKeys, Outputs = outputs });
        }
        catch
        {
            cache.Forget();
            throw;
        }
        finally
        {
            savingFragments.GetAwaiter().GetResult();
        }

        return result with { Diagnostics = diagnostics.ToSortedArray() };
    }

    private static void WriteOrForget(BuildCache cache, Action write)
    {
        try
        {
            write();
        }
        catch
        {
            cache.Forget();
            throw;
        }
    }

    /// <summary>A briefing's manifest entry, once it is built.</summary>
    public static CachedBriefing Entry(string folder, (long FolderTicks, ImmutableArray<NamedStamp> Stamps) stamps, RenderedBriefing briefing,
        string? contentHash = null, IReadOnlyDictionary<string, byte[]>? read = null)
    {
        var summary = BriefingSummary.Of(briefing);
        return new CachedBriefing(stamps.FolderTicks, stamps.Stamps, contentHash ?? BuildCache.ContentHashOf(folder, stamps.Stamps, read), summary,
            BuildCache.SummaryHashOf(summary));
    }

    /// <summary>After a full build has been committed: the manifest for the next build.</summary>
    public static void SaveAfterFullBuild(BuildCache cache, string key, IReadOnlyList<string> folders, CachedBriefing?[] entries,
        DiagnosticBag diagnostics, IReadOnlyList<SiteFile> siteWide, IReadOnlyList<Topic> topics, IReadOnlyList<RenderedBriefing> built,
        SiteFragments fragments)
    {
        var savingFragments = Task.Run(() => cache.SaveFragments(fragments.Next(LayOutSite.ListPages(topics)), key));
        var manifest = Manifest(key, folders, entries, BriefingsWithDiagnostics(folders, diagnostics), [], []);
        var pageKeys = PageKeys(topics, manifest, built);
        var outputs = siteWide.ToDictionary(f => f.Path, f => FileStamp.Of(Path.Combine(cache.OutputFolder, f.Path)), StringComparer.Ordinal);
        cache.Save(manifest with { PageKeys = pageKeys, Outputs = outputs });
        savingFragments.GetAwaiter().GetResult();
    }

    private static CacheManifest Manifest(string key, IReadOnlyList<string> folders, CachedBriefing?[] entries, HashSet<int> uncacheable,
        Dictionary<string, string> pageKeys, Dictionary<string, FileStamp> outputs, IReadOnlyDictionary<CachedBriefing, StoredEntry>? stored = null)
    {
        // A briefing with warnings keeps its entry (so that its removal is noticed) without a content
        // hash: it is built, and its warnings reported, every time.
        var briefings = new Dictionary<string, CachedBriefing>(StringComparer.Ordinal);
        for (var i = 0; i < folders.Count; i++)
        {
            if (entries[i] is { } entry)
            {
                briefings[Path.GetFileName(folders[i])] = uncacheable.Contains(i) ? entry with { ContentHash = "" } : entry;
            }
        }

        return new CacheManifest(key, briefings, pageKeys, outputs) { Stored = stored };
    }

    /// <summary>
    /// The keys of the site-wide pages a rebuild makes only when their key changed: each topic page (its
    /// name and the summaries of its briefings, in order) and the sitemap (what it lists: each briefing's
    /// and topic's URL and date; a note's wording or count is not in it). Everything else they show (the
    /// base URL, the site's settings, the content pages) is in the cache's key.
    /// </summary>
    private static Dictionary<string, string> PageKeys(IReadOnlyList<Topic> topics, CacheManifest manifest, IReadOnlyList<RenderedBriefing> built)
    {
        // Each page's key on its own: side by side, as a rebuild waits for them (each topic page's is thousands of look-ups).
        var made = new string[topics.Count + 1];
        Parallel.For(0, made.Length, i =>
        {
            var key = new PageKey();
            if (i < topics.Count)
            {
                var topic = topics[i];
                key.Add(topic.Name);
                foreach (var briefing in topic.Briefings)
                {
                    key.Add(manifest.Briefings.TryGetValue(briefing.Article.Slug, out var entry) ? entry.SummaryHash : "uncached");
                }

                made[i] = key.Finish();
                return;
            }

            foreach (var briefing in built)
            {
                key.Add(briefing.Article.Slug).Add(briefing.Article.Attribution.Date);
            }

            foreach (var topic in topics)
            {
                key.Add(topic.Path).Add(Latest(topic.Briefings));
            }

            made[i] = key.Finish();
        });

        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            keys[topics[i].Path] = made[i];
        }

        keys[LayOutSite.SitemapPath] = made[topics.Count];
        return keys;
    }

    /// <summary>The latest date of the briefings, as Max gives it (null when none has one), without its comparer's dispatch for every briefing.</summary>
    private static DateOnly? Latest(IReadOnlyList<RenderedBriefing> briefings)
    {
        DateOnly? latest = null;
        foreach (var briefing in briefings)
        {
            if (briefing.Article.Attribution.Date is { } date && (latest is not { } soFar || date > soFar))
            {
                latest = date;
            }
        }

        return latest;
    }

    private static HashSet<int> BriefingsWithDiagnostics(IReadOnlyList<string> folders, DiagnosticBag diagnostics)
    {
        var indexes = new HashSet<int>();
        var files = diagnostics.ToSortedArray().Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        if (files.Count == 0 || folders.Count == 0)
        {
            return indexes;
        }

        // Every briefing folder is in input/briefings/: its display path is that folder's, then its name.
        var briefings = ContentFile.DisplayPath(Path.GetDirectoryName(folders[0])!) + "/";
        for (var i = 0; i < folders.Count; i++)
        {
            var prefix = briefings + Path.GetFileName(folders[i]) + "/";
            if (files.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)))
            {
                indexes.Add(i);
            }
        }

        return indexes;
    }

    private static IEnumerable<string> SiteWidePaths(IReadOnlyList<SiteFile> siteWide, IEnumerable<string> keyedPages, IEnumerable<string> previous)
    {
        // A topic's key is its folder (topics/<slug>/); the sitemap's its file.
        var keyed = keyedPages.Select(p => p.EndsWith('/') ? p + "index.html" : p).ToHashSet(StringComparer.Ordinal);
        return siteWide.Select(f => f.Path)
            .Concat(keyed)
            .Concat(previous.Where(p => !p.StartsWith("topics/", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Writes a file unless it already holds exactly these bytes; through a temporary file, so a reader never sees half of it.</summary>
    private static void WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            SiteFileWriter.Instance.Write(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void Delete(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
