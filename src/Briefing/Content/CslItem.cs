using System.Runtime.CompilerServices;

namespace Briefing.Content;

/// <summary>One bibliographic source: every CSL variable it holds, as CSL-JSON for the processor, and the few Briefing reads.</summary>
/// <param name="Type">CSL type: book, article-journal, article-newspaper, report, webpage, legislation, treaty, …</param>
/// <param name="Url">The source's URL: an absolute http or https URL, or none.</param>
/// <param name="Archive">An archived copy's web address (archive_location, or archive-url as some exporters write it).</param>
/// <param name="Json">Every CSL variable the source holds, as CSL-JSON (its `note` lines not yet read).</param>
internal sealed record CslItem(string Id, string Type, string? Url, string? Archive, string Json)
{
    private static readonly ConditionalWeakTable<CslItem, Csl.CslItem> Read = new();

    /// <summary>The source as the CSL processor reads it: its CSL-JSON, read once per source.</summary>
    public Csl.CslItem ForProcessor() => Read.GetValue(this, static item =>
    {
        using var json = JsonDocument.Parse(item.Json);
        return Csl.CslItem.FromJson(json.RootElement, item.Id);
    });
}
