using System.IO.Hashing;
using Briefing.Incremental;

namespace Briefing.Loading;

/// <summary>The files of one briefing folder, each read once through the input boundary: the cache hashes what the loaders read.</summary>
internal sealed class BriefingFiles(string folder, Dictionary<string, byte[]?> bytes, string? stamp)
{
    /// <summary>The names a briefing folder may hold, in the order their content is hashed.</summary>
    public static readonly string[] Names = ["annotations.yml", "article.md", .. LoadSources.FileNames];

    /// <summary>The briefing folder, input/briefings/&lt;slug&gt;, already allowed by the boundary.</summary>
    public string Folder { get; } = folder;

    /// <summary>The folder's <see cref="FolderStamp"/>, taken before its files were read.</summary>
    public string? Stamp { get; } = stamp;

    public static BriefingFiles Read(string input, string folder, DiagnosticBag diagnostics)
    {
        // One listing of the folder rather than a look for each name the build may read.
        var directory = new DirectoryInfo(folder);
        var entries = FolderStamp.Entries(directory);
        var stamp = FolderStamp.Of(directory, entries);
        var bytes = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            // A plain file of the listing is in this folder, which the boundary allowed: only a link needs its check.
            var path = Path.Join(folder, entry.Name);
            bytes[entry.Name] = entry is FileInfo file && !file.Attributes.HasFlag(FileAttributes.ReparsePoint)
                ? ContentFile.ReadBytes(path, diagnostics, file)
                : InputBoundary.ReadBytes(input, path, diagnostics, allowedFolder: folder);
        }

        return new BriefingFiles(folder, bytes, stamp);
    }

    public string PathOf(string name) => Path.Join(Folder, name);

    public bool Has(string name) => bytes.ContainsKey(name);

    /// <summary>The file's bytes; null when it is absent or was refused.</summary>
    public byte[]? Bytes(string name) => bytes.GetValueOrDefault(name);

    /// <summary>The file as strict UTF-8 text; null when absent, refused or not UTF-8 (reported).</summary>
    public string? Text(string name, DiagnosticBag diagnostics) =>
        Bytes(name) is { } content ? ContentFile.Decode(content, ContentFile.DisplayPath(PathOf(name)), diagnostics) : null;

    /// <summary>A hash of each present file's name and content (a refused file counts by its name alone).</summary>
    public string Hash()
    {
        var hash = new XxHash128();
        foreach (var name in Names.Where(Has))
        {
            var content = bytes[name];
            hash.Append(Encoding.UTF8.GetBytes($"file {name} {(content is null ? "refused" : content.Length)}\0"));
            hash.Append(content ?? []);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
