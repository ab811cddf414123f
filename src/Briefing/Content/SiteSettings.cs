namespace Briefing.Content;

/// <summary>input/site.yml. NoIndex is set for builds that search engines must not index (deploy previews).</summary>
internal sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string Language,
    string? Description,
    Publisher Publisher,
    bool NoIndex = false
)
{
    /// <summary>The site's own pages (input/pages), linked from every page's navigation.</summary>
    public System.Collections.Immutable.ImmutableArray<NavigationLink> Navigation { get; init; } = [];

    /// <summary>Whether the build makes a search index: pages then carry the search box, and the site a search page.</summary>
    public bool Search { get; init; }

    /// <summary>The citation style site.yml names; null for the bundled default (chicago-note-bibliography).</summary>
    public CitationStyle? CitationStyle { get; init; }
}

internal sealed record NavigationLink(string Title, string Url);

internal sealed record Publisher(string Name, string? Url);
