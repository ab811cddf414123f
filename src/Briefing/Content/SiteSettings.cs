namespace Briefing.Content;

/// <summary>input/site.yml.</summary>
internal sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string Language,
    string? Description,
    Publisher Publisher
);

internal sealed record Publisher(string Name, string? Url);
