namespace Briefing.Content;

/// <summary>
/// One bibliographic source, as CSL-JSON / CSL-YAML describe it: every CSL variable it holds, as CSL-JSON for the
/// CSL processor, and the few Briefing reads itself.
/// </summary>
internal sealed record CslItem
{
    public required string Id { get; init; }

    /// <summary>CSL type: book, article-journal, article-newspaper, report, webpage, legislation, treaty, …</summary>
    public required string Type { get; init; }

    /// <summary>The source's URL: an absolute http or https URL, or none.</summary>
    public string? Url { get; init; }

    /// <summary>The web address of an archived copy (archive_location, or archive-url as some exporters write it), offered when the URL dies.</summary>
    public string? Archive { get; init; }

    /// <summary>Every CSL variable the source holds, as CSL-JSON (its `note` lines not yet read).</summary>
    public required string Json { get; init; }
}
