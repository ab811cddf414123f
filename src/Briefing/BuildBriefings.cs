using System.Collections.Concurrent;
using Briefing.Incremental;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;

namespace Briefing;

/// <summary>What the cache knows: the last build's manifest, the spare site's the staging began from, and the citations kept.</summary>
/// <param name="Caching">Whether to hash each briefing folder for the next build's manifest.</param>
internal sealed record CachedSites(CacheManifest? Previous, CacheManifest? Spare, bool Caching, CitationMemo? Citations = null);

/// <summary>What the briefings give the site-wide pages: each briefing as they read it, in folder order, and its cache entry.</summary>
/// <param name="Files">Each briefing's page and annotations.jsonld, when nothing is staged (a build that only checks).</param>
/// <param name="Entries">Each briefing's cache entry by slug, when the build keeps a cache.</param>
internal sealed record BuiltBriefings(
    IReadOnlyList<RenderedBriefing> Briefings,
    IReadOnlyList<SiteFile> Files,
    Dictionary<string, CachedBriefing>? Entries);

/// <summary>Every briefing in parallel, load → anchor → render → cite → lay out; one the last build recorded unchanged is kept.</summary>
internal sealed class BuildBriefings(SiteInputs inputs, CachedSites cached, StagedOutput? staged, DiagnosticBag diagnostics)
{
    private readonly CitationFormatting.CslFormatter _citations = CitationFormatting.CslFormatter.For(inputs.Site?.CitationStyle, cached.Citations);

    // Read before the first briefing: their errors stop the writing like any other.
    private readonly SourceLibrary _library = inputs.SharedSources.Value;
    private readonly ConcurrentBag<SiteFile> _files = [];

    public static BuiltBriefings Run(SiteInputs inputs, CachedSites cached, StagedOutput? staged, DiagnosticBag diagnostics)
    {
        var stage = new BuildBriefings(inputs, cached, staged, diagnostics);
        var folders = inputs.Folders;
        var briefings = new RenderedBriefing?[folders.Count];
        var entries = new CachedBriefing?[folders.Count];
        ForEach(folders.Count, i => (briefings[i], entries[i]) = stage.One(folders[i]));

        var kept = cached.Caching
            ? Enumerable.Range(0, folders.Count).Where(i => entries[i] is not null)
                .ToDictionary(i => Path.GetFileName(folders[i]), i => entries[i]!, StringComparer.Ordinal)
            : null;
        return new BuiltBriefings([.. briefings.OfType<RenderedBriefing>()], [.. stage._files], kept);
    }

    /// <summary>One briefing: taken from the previous output when its hash is the recorded one, else built.</summary>
    private (RenderedBriefing?, CachedBriefing?) One(string folder)
    {
        var slug = Path.GetFileName(folder);

        // A folder whose stamp is the recorded one is not read: its content hash is the recorded one.
        var recorded = cached.Previous?.Briefings.ContainsKey(slug) == true || cached.Spare?.Briefings.ContainsKey(slug) == true;
        if (recorded && Unchanged(slug, FolderStamp.Of(new DirectoryInfo(folder)), null) is { } same)
        {
            return same;
        }

        // Its own diagnostics apart: a briefing with any is not cached, so that they are reported every time.
        var own = new DiagnosticBag();
        var files = Read(folder, own);
        var contentHash = !cached.Caching ? null : files is null || !own.ToSortedArray().IsEmpty ? "" : files.Hash();
        if (Unchanged(slug, null, contentHash) is { } unchanged)
        {
            return (unchanged.Item1, unchanged.Item2 with { Stamp = files!.Stamp });
        }

        var briefing = files is null ? null : Build(files, own);
        diagnostics.AddRange(own);

        if (briefing is null)
        {
            return (null, null);
        }

        var entry = contentHash is null ? null : own.ToSortedArray().IsEmpty
            ? new CachedBriefing(contentHash, BriefingSummary.Of(briefing), files!.Stamp)
            : new CachedBriefing("", BriefingSummary.Of(briefing));
        return (staged is null ? briefing : briefing.ForSiteWidePages(), entry);
    }

    /// <summary>The briefing as the spare site or the previous output holds it, when its stamp or content hash is the one recorded there.</summary>
    private (RenderedBriefing?, CachedBriefing)? Unchanged(string slug, string? stamp, string? contentHash)
    {
        bool Same(CachedBriefing entry) => entry.ContentHash.Length > 0
            && (stamp is not null ? entry.Stamp == stamp : contentHash is { Length: > 0 } && entry.ContentHash == contentHash);

        if (cached.Spare?.Briefings.GetValueOrDefault(slug) is { } kept && Same(kept))
        {
            return (kept.Summary.ToBriefing(), kept);
        }

        if (cached.Previous?.Briefings.GetValueOrDefault(slug) is { } old && Same(old)
            && staged!.TryTakeFromPrevious(BriefingPaths.Folder(slug), BriefingPaths.Files))
        {
            return (old.Summary.ToBriefing(), old);
        }

        return null;
    }

    /// <summary>The folder's files, each read once: hashed for the cache and loaded from the same bytes.</summary>
    private static BriefingFiles? Read(string folder, DiagnosticBag own)
    {
        try
        {
            return BuildBriefing.Read(folder, own);
        }
        catch (Exception ex)
        {
            throw new BuildFailure(folder, ex);
        }
    }

    private RenderedBriefing? Build(BriefingFiles files, DiagnosticBag own)
    {
        // Once any briefing has an error nothing will be committed: writing stops. A write that fails
        // is the disk's fault, not this briefing's: it is not wrapped as one. With nothing staged (a check), the files are kept for its link check.
        var writing = false;
        FileSink write = staged is null ? (path, content) => _files.Add(new SiteFile(path, content.ToArray())) : staged.Write;
        FileSink sink = (path, content) =>
        {
            if (!diagnostics.HasErrors && !own.HasErrors)
            {
                writing = true;
                write(path, content);
                writing = false;
            }
        };
        try
        {
            var prepared = BuildBriefing.Prepare(files, inputs.Pipelines, own);
            var briefing = BuildBriefing.Finish(prepared, _library, inputs.Pipelines, own, _citations);
            if (briefing is null || inputs.Site is not { } site || inputs.Theme is not { } theme)
            {
                return briefing;
            }

            if (LayOutPages.Briefing(briefing, site, theme, own, sink, _citations))
            {
                AnnotationCollection.Write(briefing, site, sink);
            }

            return briefing;
        }
        catch (Exception ex) when (!writing)
        {
            throw new BuildFailure(files.Folder, ex);
        }
    }

    /// <summary>Runs <paramref name="body"/> for each index on every core, one at a time; a single exception is thrown as it is.</summary>
    internal static void ForEach(int count, Action<int> body)
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
}

/// <summary>An unexpected failure (a bug or an I/O fault) while building one briefing, carrying its folder.</summary>
internal sealed class BuildFailure(string folder, Exception inner)
    : Exception($"Building '{ContentFile.DisplayPath(folder)}' failed: {inner.Message}", inner)
{
    public string Folder { get; } = folder;
}
