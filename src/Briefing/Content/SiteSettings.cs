namespace Briefing.Content;

/// <summary>input/site.yml. NoIndex is set for builds that search engines must not index (deploy previews).</summary>
internal sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string Language,
    string? Description,
    Publisher Publisher,
    bool NoIndex = false
);

internal sealed record Publisher(string Name, string? Url);
