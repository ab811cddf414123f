using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Briefing.Content;
using Briefing.Rendering;

namespace Briefing.Incremental;

/// <summary>
/// What the last build made: the key of everything outside the briefing folders, each briefing by slug,
/// and the site-wide pages with the key they were made from (null when the build had any diagnostic).
/// </summary>
internal sealed record CacheManifest(string Key, Dictionary<string, CachedBriefing> Briefings, string? SitePagesKey = null, List<string>? SitePages = null);

/// <summary>
/// One briefing as the last build saw it: the hash of its folder's files (empty when it had warnings,
/// so that it is built, and its warnings reported, every time), what the site-wide pages show of it,
/// and its folder's <see cref="FolderStamp"/> (null when it had none).
/// </summary>
internal sealed record CachedBriefing(string ContentHash, BriefingSummary Summary, string? Stamp = null);

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
        var notes = Enumerable.Range(1, Notes).Select(n => new RenderedNote(n, "", "", ""));
        return new RenderedBriefing(new Article(Slug, File, attribution, "", 0), "", [], [.. notes], []);
    }
}

/// <summary>The manifest's JSON, generated at compile time (no reflection in the native executable).</summary>
[JsonSerializable(typeof(CacheManifest))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class CacheJson : JsonSerializerContext;
