using System.Text.Json.Serialization;
using Briefing.Rendering;

namespace Briefing.Incremental;

/// <summary>What the last build made: its key, each briefing by slug, the site-wide pages and their key (null after any diagnostic).</summary>
internal sealed record CacheManifest(string Key, Dictionary<string, CachedBriefing> Briefings, string? SitePagesKey = null, List<string>? SitePages = null);

/// <summary>A briefing as the last build saw it: its files' hash (empty after warnings, to report them again), summary, stamp.</summary>
internal sealed record CachedBriefing(string ContentHash, BriefingSummary Summary, string? Stamp = null);

/// <summary>What the index, topic pages, feed and sitemap show of a briefing: its attribution, slug, file and number of notes.</summary>
internal sealed record BriefingSummary(string Slug, string File, Attribution Attribution, int Notes)
{
    public static BriefingSummary Of(RenderedBriefing briefing) =>
        new(briefing.Article.Slug, briefing.Article.File, briefing.Article.Attribution, briefing.Notes.Length);

    /// <summary>The briefing as <see cref="RenderedBriefing.ForSiteWidePages"/> leaves it.</summary>
    public RenderedBriefing ToBriefing()
    {
        var notes = Enumerable.Range(1, Notes).Select(n => new RenderedNote(n, "", "", ""));
        return new RenderedBriefing(new Article(Slug, File, Attribution, "", 0), "", [], [.. notes], []);
    }
}

/// <summary>The manifest's JSON, generated at compile time (no reflection in the native executable).</summary>
[JsonSerializable(typeof(CacheManifest))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class CacheJson : JsonSerializerContext;
