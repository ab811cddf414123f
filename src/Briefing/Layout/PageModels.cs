namespace Briefing.Layout;

// The models templates see. Every string in them is already HTML-escaped (or is HTML the build made
// safe), so a template can print any field in text or in a quoted attribute without escaping it.

internal sealed record SiteModel(string Title, string Language, string Description, string BaseUrl);

internal sealed record PageModel(string Title, string Description, string Canonical, string Stylesheet, string JsonLd, string Content);

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
    string CopyrightPermission
);

internal sealed record NoteModel(int Number, string Id, string Html);

internal sealed record SourceModel(string Id, string Html, IReadOnlyList<int> Notes);

internal sealed record IndexItemModel(
    string Kicker,
    string Title,
    string Url,
    string Publisher,
    string DateIso,
    string DateText,
    string Summary,
    int NoteCount
);
