namespace Briefing.Output;

/// <summary>A file of the built site: its path under the output folder (with '/') and its bytes.</summary>
internal sealed record SiteFile(string Path, byte[] Content)
{
    /// <summary>A file the previous output holds as it is: copied from there, never read (its content is empty).</summary>
    public static SiteFile Unchanged(string path) => new(path, []) { IsUnchanged = true };

    public bool IsUnchanged { get; private init; }
}

/// <summary>
/// Takes a file of the built site as it is made: <paramref name="content"/> lives in a reused buffer
/// and is valid only during the call.
/// </summary>
internal delegate void FileSink(string path, ReadOnlySpan<byte> content);

/// <summary>The files each briefing has in its folder of the output, briefings/&lt;slug&gt;/.</summary>
internal static class BriefingOutputFiles
{
    public static readonly string[] Names = ["index.html", "annotations.jsonld"];
}
