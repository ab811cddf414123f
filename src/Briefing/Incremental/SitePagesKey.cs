namespace Briefing.Incremental;

/// <summary>
/// The key of the site-wide pages (<see cref="BriefingHash.OfSitePages"/>) and where pages made from
/// the same key already are: the spare site the staging folder began from, or the previous output.
/// </summary>
internal sealed class SitePagesKey(string key, CacheManifest? previous, CacheManifest? spare)
{
    public string Key { get; } = key;

    /// <summary>True when the spare site, and so the staging folder, holds these pages already.</summary>
    public bool InSpare { get; } = spare?.SitePagesKey == key && spare.SitePages is not null;

    /// <summary>The pages' paths when <see cref="InSpare"/>.</summary>
    public List<string> Paths => spare?.SitePages ?? [];

    /// <summary>The paths of the previous output's pages, to be copied from it, when they were made from this key and are all there.</summary>
    public List<string>? FromPrevious(string outputFolder)
    {
        if (previous?.SitePagesKey != Key || previous.SitePages is not { } paths)
        {
            return null;
        }

        return paths.All(path => File.Exists(Path.Combine(outputFolder, path))) ? paths : null;
    }
}
