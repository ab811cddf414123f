namespace Briefing.Layout;

// The models templates see: every string is HTML-escaped, or HTML the build made safe, so a template prints it as it is.

/// <summary>A list item, equal only to itself: Scriban's for.changed compares each with the last, field by field in a record.</summary>
internal abstract record ListItemModel
{
    public virtual bool Equals(ListItemModel? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>The site as one page sees it. Root is the way from that page back to the site's root ("../../"), which its links start from.</summary>
internal sealed record SiteModel(string Title, string Language, string Description, string BaseUrl, string FeedUrl, bool NoIndex, IReadOnlyList<LinkModel> Navigation,
    string Root, bool Search);

internal sealed record LinkModel(string Title, string Url) : ListItemModel;

/// <summary>The page shell: head metadata (absolute URLs), the theme's files (relative to the page) and the laid-out content.</summary>
internal sealed record PageModel(
    string Title,
    string SocialTitle,
    string Description,
    string Canonical,
    string Url,
    string OgType,
    string Stylesheet,
    string Script,
    string Icon,
    string JsonLd,
    string Annotations,
    string Content,
    string SearchScript
);

internal sealed record BriefingModel(
    string Kicker,
    string Title,
    string Byline,
    string Publisher,
    string DateLabel,
    string DateIso,
    string DateText,
    string ArticleHtml,
    bool Excerpt,
    string SourceUrl,
    string SourceLabel,
    IReadOnlyList<NoteModel> Notes,
    IReadOnlyList<SourceModel> Sources,
    string CopyrightNotice,
    string CopyrightPermission,
    string Republished,
    string LicenseHtml,
    IReadOnlyList<TopicLinkModel> Topics,
    CiteModel Cite,
    string AnnotationsUrl
);

internal sealed record NoteModel(int Number, string Id, string Html) : ListItemModel;

/// <summary>A bibliography entry; NoteLinks is Notes as HTML links ("1, 4"): as a nested Scriban loop, a sixth of the layout.</summary>
internal sealed record SourceModel(string Id, string Html, IReadOnlyList<int> Notes, string NoteLinks) : ListItemModel;

internal sealed record TopicLinkModel(string Name, string Url) : ListItemModel;

/// <summary>"Cite this briefing": the original article and this annotated edition, in the site's citation style (Chicago by default; the theme's variable names say so) and BibTeX.</summary>
internal sealed record CiteModel(string OriginalChicago, string EditionChicago, string OriginalBibtex, string EditionBibtex);

/// <summary>A briefing's entry in the index and topic lists.</summary>
internal sealed record IndexItemModel(string Kicker, string Title, string Url, string Publisher, string DateIso, string DateText, string Summary,
    int NoteCount, IReadOnlyList<TopicLinkModel> Topics) : ListItemModel;

internal sealed record TopicModel(string Name, IReadOnlyList<IndexItemModel> Briefings);

internal sealed record ContentPageModel(string Title, string Description, string Html);
