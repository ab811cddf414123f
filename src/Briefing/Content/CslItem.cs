namespace Briefing.Content;

/// <summary>One bibliographic source: every CSL variable it holds, as CSL-JSON for the processor, and the few Briefing reads.</summary>
/// <param name="Type">CSL type: book, article-journal, article-newspaper, report, webpage, legislation, treaty, …</param>
/// <param name="Url">The source's URL: an absolute http or https URL, or none.</param>
/// <param name="Archive">An archived copy's web address (archive_location, or archive-url as some exporters write it).</param>
/// <param name="Json">Every CSL variable the source holds, as CSL-JSON (its `note` lines not yet read).</param>
internal sealed record CslItem(string Id, string Type, string? Url, string? Archive, string Json);
