using Briefing.Anchoring;
using Briefing.Loading;

namespace Briefing.Rendering;

/// <summary>Everything a briefing page shows, rendered to HTML but not yet laid out.</summary>
internal sealed record RenderedBriefing(
    Article Article,
    string ArticleHtml,
    ImmutableArray<Anchor> Anchors,
    ImmutableArray<RenderedNote> Notes,
    ImmutableArray<BibliographyEntry> Bibliography
)
{
    /// <summary>The sources this briefing could cite: the site's and its own folder's.</summary>
    public SourceLibrary Sources { get; init; } = SourceLibrary.Empty;

    /// <summary>What the site-wide pages read (attribution, slug, number of notes), without text, HTML and passages.</summary>
    public RenderedBriefing ForSiteWidePages() =>
        this with
        {
            Article = Article with { Body = "" },
            ArticleHtml = "",
            Anchors = [],
            Notes = [.. Notes.Select(n => n with { Html = "", StandaloneHtml = "" })],
            Bibliography = [],
            Sources = SourceLibrary.Empty,
        };
}

/// <summary>
/// An editor's note, its number in reading order and its HTML: Html for the page, its short citations linked to the
/// bibliography, and StandaloneHtml, a source's first citation a full note, for a note read without the page.
/// </summary>
internal sealed record RenderedNote(int Number, string AnnotationId, string Html, string StandaloneHtml);

/// <summary>A bibliography entry and the numbers of the notes that cite it.</summary>
internal sealed record BibliographyEntry(string Key, string Html, ImmutableArray<int> NoteNumbers, CslItem Item);

/// <summary>
/// A briefing as far as it goes without sources (<see cref="BuildBriefing.Prepare"/>). Anchors is null when the article
/// could not be parsed, Html when it could not be rendered; the notes of Unanchored annotations are still checked.
/// </summary>
internal sealed record PreparedBriefing(BriefingFiles Files, Article? Article, ImmutableArray<Anchor>? Anchors, string? Html)
{
    public ImmutableArray<Annotation> Unanchored { get; init; } = [];
}
