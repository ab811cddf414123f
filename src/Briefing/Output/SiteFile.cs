namespace Briefing.Output;

/// <summary>A file of the built site: its path under the output folder (with '/') and its bytes.</summary>
internal sealed record SiteFile(string Path, byte[] Content);

/// <summary>The site-wide files of a build: those it made, and the paths of those the previous output holds unchanged (copied from there, never read).</summary>
internal sealed record SiteWideFiles(IReadOnlyList<SiteFile> Made, IReadOnlyList<string> Kept)
{
    public static readonly SiteWideFiles None = new([], []);
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
