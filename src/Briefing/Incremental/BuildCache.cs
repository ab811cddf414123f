using System.Collections.Immutable;
using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;
using Briefing.Content;
using Briefing.Layout;
using Briefing.Rendering;

namespace Briefing.Incremental;

/// <summary>
/// What the last build made, kept outside the output folder (.briefing-cache/ beside it) so that the
/// next build redoes only what changed: each briefing's input files (size, time and a 128-bit XXH128 hash of their
/// content), what the site-wide pages need of it, and a key for everything else a page depends on
/// (site.yml, sources, pages, the theme, the base URL, this build of the program). Any doubt — no
/// cache, another key, an unreadable file, output/ gone or changed — means a full build, so the
/// folder is safe to delete at any time.
/// </summary>
internal sealed class BuildCache
{
    private Task<CacheManifest?> _stored;

    // No store when there is no manifest to go with it; with one, null until the build starts the
    // reading (ReadFragmentsInBackground), and read there and then if it never did.
    private Task<ListFragments?>? _fragments = Task.FromResult<ListFragments?>(null);

    private BuildCache(string folder, string outputFolder)
    {
        Folder = folder;
        OutputFolder = outputFolder;

        // Without the output it describes, a manifest can only lead to a full build (Load refuses it):
        // it is not read at all. A deleted output folder is the usual start of a clean build.
        if (!Directory.Exists(outputFolder) || !File.Exists(ManifestPath))
        {
            _stored = Task.FromResult<CacheManifest?>(null);
            return;
        }

        // A manifest to read makes a rebuild likely: no collections from here (see NoCollectionRegion).
        Collections = NoCollectionRegion.Begin();

        // Read while the build loads the site, theme and sources; Load checks it against their key.
        // The list entries are read later (ReadFragmentsInBackground).
        _stored = Task.Run(ReadStored);
        _fragments = null;
    }

    /// <summary>Held from before the manifest is read; the build ends it, at once when the build is a full one.</summary>
    public NoCollectionRegion? Collections { get; }

    public string Folder { get; }

    public string OutputFolder { get; }

    private string ManifestPath => Path.Combine(Folder, "manifest.bin");

    private string FragmentsPath => Path.Combine(Folder, "fragments.bin");

    /// <summary>The cache of the build that writes <paramref name="outputFolder"/>: .briefing-cache/&lt;name&gt;/ beside it.</summary>
    public static BuildCache For(string outputFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(output) ?? output;
        return new BuildCache(Path.Combine(parent, ".briefing-cache", Path.GetFileName(output)), output);
    }

    /// <summary>The last build's manifest when it was made with <paramref name="key"/> and output/ is still as it left it; else null.</summary>
    public CacheManifest? Load(string key)
    {
        var manifest = _stored.GetAwaiter().GetResult();
        if (manifest is null || manifest.Key != key || !Directory.Exists(OutputFolder))
        {
            return null;
        }

        // The site-wide pages are rewritten by every build that changes anything: if they are not
        // what the last build wrote, output/ was changed or replaced since.
        foreach (var (path, stamp) in manifest.Outputs)
        {
            if (FileStamp.Of(Path.Combine(OutputFolder, path)) != stamp)
            {
                return null;
            }
        }

        return manifest;
    }

    /// <summary>Lets go of the stored manifest and fragments when the build is a full one: they are not needed, and need not be kept alive.</summary>
    public void Release()
    {
        _stored = Task.FromResult<CacheManifest?>(null);
        _fragments = Task.FromResult<ListFragments?>(null);
    }

    /// <summary>
    /// Starts reading the list entries the last build printed, when there is a manifest to go with them.
    /// The build calls it once the theme and the shared sources are queued: on two cores, read first it
    /// held back the sources, which every briefing waits for, while only the list pages at the end need it.
    /// </summary>
    public void ReadFragmentsInBackground() => _fragments ??= Task.Run(ReadFragments);

    /// <summary>The list entries the last build printed (see <see cref="ListFragments"/>), when they were kept under <paramref name="key"/>; else null.</summary>
    public ListFragments? LoadFragments(string key)
    {
        var stored = _fragments is { } reading ? reading.GetAwaiter().GetResult() : ReadFragments();
        return stored is not null && stored.CacheKey == key ? stored : null;
    }

    private ListFragments? ReadFragments()
    {
        try
        {
            return File.Exists(FragmentsPath) ? ListFragments.Read(File.ReadAllBytes(FragmentsPath)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="fragments"/> for the next build, under <paramref name="key"/>; on failure there is none to read.</summary>
    public void SaveFragments(ListFragments fragments, string key)
    {
        var temporary = FragmentsPath + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(temporary, fragments.ToBytes(key));
            File.Move(temporary, FragmentsPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the store a rebuild prints every entry: slower, never wrong.
            TryDelete(temporary);
            TryDelete(FragmentsPath);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private CacheManifest? ReadStored()
    {
        try
        {
            if (!File.Exists(ManifestPath))
            {
                return null;
            }

            // Read whole, then parsed from memory: not a buffered file read for each string's length byte.
            return CacheFormat.Read(File.ReadAllBytes(ManifestPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Save(CacheManifest manifest)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var temporary = ManifestPath + ".tmp-" + Guid.NewGuid().ToString("N");

            // Written 64 KiB at a time: not 4 KiB (a 4,000-entry manifest is 2 MB), nor whole in memory first.
            using (var writer = new BinaryWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
            {
                CacheFormat.Write(writer, manifest);
            }

            File.Move(temporary, ManifestPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No cache only means a full build next time; remove a stale one so it cannot mislead.
            Forget();
        }
    }

    /// <summary>Removes the manifest: the next build is a full one.</summary>
    public void Forget()
    {
        try
        {
            File.Delete(ManifestPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// The key of everything besides a briefing's own folder that its page depends on: every file of
    /// input/ outside briefings/, every file of the theme, the settings the build resolved (base URL,
    /// noindex) and the program itself.
    /// </summary>
    public static string KeyOf(string inputFolder, string themeFolder, SiteSettings site)
    {
        var hash = new XxHash128();
        Add(hash, $"briefing {typeof(BuildCache).Assembly.ManifestModule.ModuleVersionId} {site.BaseUrl} {site.NoIndex}");
        var input = Path.GetFullPath(inputFolder);
        var briefings = Path.Combine(input, "briefings");
        var files = new List<(string Root, string File)>();
        if (Directory.Exists(input))
        {
            // Everything in input/ but briefings/, which is never walked (each briefing has its own entry).
            files.AddRange(Directory.EnumerateFiles(input).Select(f => (input, f)));
            foreach (var folder in Directory.EnumerateDirectories(input).Where(d => d != briefings))
            {
                files.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => (input, f)));
            }
        }

        var theme = Path.GetFullPath(themeFolder);
        if (Directory.Exists(theme))
        {
            files.AddRange(Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories).Select(f => (theme, f)));
        }

        Add(hash, $"input {input} theme {theme}");
        foreach (var (root, file) in files.OrderBy(f => f.Root, StringComparer.Ordinal).ThenBy(f => f.File, StringComparer.Ordinal))
        {
            Add(hash, "file " + Path.GetRelativePath(root, file));
            hash.Append(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Every file of a briefing folder with its size and time, in name order, and the folder's own
    /// time. When that is as before (no file added, removed or renamed), only the files known from
    /// before are looked at.
    /// </summary>
    /// <param name="parent">The folder's parent, held open (a rebuild reads 12,000 stamps under it); null to read by whole paths.</param>
    public static (long FolderTicks, ImmutableArray<NamedStamp> Stamps) StampsOf(string folder, CachedBriefing? previous = null, FileStat.Folder? parent = null)
    {
        var name = Path.GetFileName(folder);
        var folderTicks = parent?.FolderTicks(name) ?? FileStat.FolderTicks(folder);
        if (previous is not null && previous.FolderTicks == folderTicks
            && previous.Stamps.All(s => !s.Name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            // The usual case, every stamp as before, gives back the stored array: nothing is made.
            var stamps = previous.Stamps;
            NamedStamp[]? moved = null;
            for (var i = 0; i < stamps.Length; i++)
            {
                var stamp = parent?.OfFile(name, stamps[i].Name) ?? FileStamp.Of(Path.Combine(folder, stamps[i].Name));
                if (moved is null && stamp != stamps[i].Stamp)
                {
                    moved = [.. stamps];
                }

                if (moved is not null)
                {
                    moved[i] = new NamedStamp(stamps[i].Name, stamp);
                }
            }

            return (folderTicks, moved is null ? stamps : [.. moved]);
        }

        // Size and time come with the listing: one look at each file.
        var files = new FileSystemEnumerable<NamedStamp>(
            folder,
            (ref FileSystemEntry entry) => new NamedStamp(
                Path.GetRelativePath(folder, entry.ToFullPath()), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        return (folderTicks, [.. files.OrderBy(f => f.Name, StringComparer.Ordinal)]);
    }

    /// <summary>A hash of the names and contents of a briefing folder's files.</summary>
    /// <param name="read">Files the build has read already, by full path: their bytes are hashed as read.</param>
    public static string ContentHashOf(string folder, ImmutableArray<NamedStamp> stamps, IReadOnlyDictionary<string, byte[]>? read = null)
    {
        var hash = new XxHash128();
        foreach (var stamp in stamps)
        {
            var path = Path.Combine(folder, stamp.Name);
            Add(hash, "file " + stamp.Name);
            hash.Append(read is not null && read.TryGetValue(Path.GetFullPath(path), out var bytes) ? bytes : File.ReadAllBytes(path));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A hash of what the site-wide pages show of a briefing.</summary>
    public static string SummaryHashOf(BriefingSummary summary)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CacheFormat.Write(writer, summary);
        }

        return Convert.ToHexStringLower(XxHash128.Hash(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
    }

    private static void Add(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}

/// <summary>A file's size and last write time: equal stamps are taken for equal content, as git's index does.</summary>
internal readonly record struct FileStamp(long Length, long WrittenTicks)
{
    /// <summary>The file's size and time (as FileInfo gives them); default when there is no file.</summary>
    public static FileStamp Of(string path) => FileStat.OfFile(path);
}

internal sealed record NamedStamp(string Name, FileStamp Stamp);

/// <summary>The manifest of one build (stored by <see cref="CacheFormat"/>).</summary>
internal sealed record CacheManifest(
    string Key,
    Dictionary<string, CachedBriefing> Briefings,
    Dictionary<string, string> PageKeys,
    Dictionary<string, FileStamp> Outputs)
{
    /// <summary>
    /// The entries of the manifest this one was read from or made from, by reference, with their
    /// bytes on disk: an entry that is still the very object read is written back as those bytes
    /// (a rebuild keeps all but a few). An entry changed in any way is a new object, so it is written anew.
    /// </summary>
    public IReadOnlyDictionary<CachedBriefing, StoredEntry>? Stored { get; init; }
}

/// <summary>A manifest entry's bytes as read, with the slug they were stored under.</summary>
internal sealed record StoredEntry(string Slug, ReadOnlyMemory<byte> Bytes);

/// <summary>
/// One briefing as the last build saw it. Read from a manifest, its summary stays in its stored bytes
/// until something asks for it: a rebuild that changes no count, title or date never decodes the
/// 4,000 summaries, and one that does decodes them on both cores rather than while the manifest is read.
/// </summary>
internal sealed record CachedBriefing(long FolderTicks, ImmutableArray<NamedStamp> Stamps, string ContentHash, string SummaryHash, int Notes)
{
    private readonly ReadOnlyMemory<byte> _storedSummary;
    private BriefingSummary? _summary;

    public CachedBriefing(long folderTicks, ImmutableArray<NamedStamp> stamps, string contentHash, BriefingSummary summary, string summaryHash)
        : this(folderTicks, stamps, contentHash, summaryHash, summary.Notes) => _summary = summary;

    public CachedBriefing(long folderTicks, ImmutableArray<NamedStamp> stamps, string contentHash, ReadOnlyMemory<byte> storedSummary, string summaryHash, int notes)
        : this(folderTicks, stamps, contentHash, summaryHash, notes) => _storedSummary = storedSummary;

    /// <summary>What the site-wide pages show of the briefing (decoded on first use when read from disk; any thread may ask).</summary>
    public BriefingSummary Summary => _summary ??= CacheFormat.ReadSummary(_storedSummary);
}

/// <summary>What the index, topic pages, feed and sitemap show of a briefing.</summary>
internal sealed record BriefingSummary(
    string Slug,
    string File,
    string Title,
    string? Kicker,
    ImmutableArray<Author> Authors,
    string? Publisher,
    DateOnly? Published,
    DateOnly? Updated,
    OriginalSource Source,
    Copyright Copyright,
    ImmutableArray<string> Topics,
    string? Summary,
    int Notes)
{
    public static BriefingSummary Of(RenderedBriefing briefing)
    {
        var a = briefing.Article.Attribution;
        return new(briefing.Article.Slug, briefing.Article.File, a.Title, a.Kicker, a.Authors, a.Publisher, a.Published, a.Updated, a.Source,
            a.Copyright, a.Topics, a.Summary, briefing.Notes.Length);
    }

    /// <summary>The briefing as <see cref="RenderedBriefing.ForSiteWidePages"/> leaves it.</summary>
    public RenderedBriefing ToBriefing()
    {
        var attribution = new Attribution
        {
            Title = Title,
            Kicker = Kicker,
            Authors = Authors,
            Publisher = Publisher,
            Published = Published,
            Updated = Updated,
            Source = Source,
            Copyright = Copyright,
            Topics = Topics,
            Summary = Summary,
        };
        return new RenderedBriefing(new Article(Slug, File, attribution, "", 0), "", [], NoteCounts.GetOrAdd(Notes, NumberedNotes), []);
    }

    // The site-wide pages read only how many notes a briefing has: one shared array per count.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, ImmutableArray<RenderedNote>> NoteCounts = new();

    private static ImmutableArray<RenderedNote> NumberedNotes(int count) => [.. Enumerable.Range(1, count).Select(n => new RenderedNote(n, "", "", ""))];
}
