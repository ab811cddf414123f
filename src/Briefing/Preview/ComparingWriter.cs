using Briefing.Output;

namespace Briefing.Preview;

/// <summary>Writes the site, noting which files differ from the output they replace: the preview reloads only those pages.</summary>
internal sealed class ComparingWriter(string outputFolder)
{
    private readonly string _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
    private readonly System.Collections.Concurrent.ConcurrentBag<string> _changed = [];

    /// <summary>Paths under the output folder, with '/', in ordinal order. Pages are written from several threads.</summary>
    public IReadOnlyList<string> Changed => [.. _changed.Order(StringComparer.Ordinal)];

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        // WriteSite writes into a staging folder beside the output folder: drop that folder's name.
        var relative = Path.GetRelativePath(Path.GetDirectoryName(_output)!, Path.GetFullPath(path));
        var inside = relative[(relative.IndexOf(Path.DirectorySeparatorChar) + 1)..];
        var current = Path.Combine(_output, inside);
        if (!File.Exists(current) || !File.ReadAllBytes(current).AsSpan().SequenceEqual(content))
        {
            _changed.Add(inside.Replace(Path.DirectorySeparatorChar, '/'));
        }

        SiteFileWriter.Write(path, content);
    }
}
