using Briefing.CitationFormatting;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;
using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>Stage: puts rendered briefings and the site-wide pages into the theme's layouts.</summary>
internal static class LayOutPages
{
    /// <summary>The briefing's page, handed to <paramref name="sink"/>; false when the theme failed.</summary>
    /// <param name="citations">The build's citation formatter ("Cite this briefing"); by default, the site's style's.</param>
    public static bool Briefing(RenderedBriefing briefing, SiteSettings site, Theme theme, DiagnosticBag diagnostics, FileSink sink,
        CslFormatter? citations = null)
    {
        var article = briefing.Article;
        var attribution = article.Attribution;
        var pageUrl = BriefingPaths.Url(site.BaseUrl, article.Slug);
        var model = Model(briefing, site, pageUrl, citations ?? CslFormatter.For(site.CitationStyle));
        var siteModel = SiteModel(site, BriefingPaths.Root);
        var content = TemplateRunner.Render(theme.Layouts["briefing"], diagnostics, ("site", siteModel), ("briefing", model));
        if (content is null)
        {
            return false;
        }

        // A briefing's page is an article: its canonical URL is the original's, and it carries its JSON-LD and notes.
        var page = Simple($"{attribution.Title} — {site.Title}", attribution.Title, attribution.Summary ?? $"{attribution.Title}, republished with editor’s notes.",
            BriefingPaths.Folder(article.Slug) + "/", BriefingPaths.Root, site, theme, content) with
        {
            Canonical = Escape(attribution.Source.Url),
            OgType = "article",
            JsonLd = ArticleJsonLd.Write(briefing, site, pageUrl),
            Annotations = "annotations.jsonld",
        };

        var html = TemplateRunner.Render(theme.Layouts["_layout"], diagnostics, ("site", siteModel), ("page", page));
        if (html is null)
        {
            return false;
        }

        sink(BriefingPaths.Page(article.Slug), Encoding.UTF8.GetBytes(html));
        return true;
    }

    public static SiteFile? Index(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<Topic> topics, ListItems items, SiteSettings site, Theme theme,
        DiagnosticBag diagnostics) =>
        Shell("index", "", site.Title, site.Description ?? site.Title, site, theme, diagnostics,
            ("briefings", items.Of(briefings)), ("topics", topics.Select(t => ListItems.TopicLink(t.Name, "")).ToList()));

    public static SiteFile? Topic(Topic topic, ListItems items, SiteSettings site, Theme theme, DiagnosticBag diagnostics) =>
        Shell("topic", topic.Path, topic.Name, $"Briefings on {topic.Name}: articles republished with editor’s notes.", site, theme,
            diagnostics, ("topic", new TopicModel(Escape(topic.Name), items.Of(topic.Briefings, onTopicPage: true))));

    public static SiteFile? Page(ContentPage source, SiteSettings site, Theme theme, DiagnosticBag diagnostics) =>
        Shell("page", source.Path, source.Title, source.Description ?? site.Description ?? source.Title, site, theme, diagnostics,
            ("page", new ContentPageModel(Escape(source.Title), Escape(source.Description), source.Html)));

    public static SiteFile? NotFound(SiteSettings site, Theme theme, DiagnosticBag diagnostics) =>
        Shell("404", "404.html", "Page not found", "There is no page at this address.", site, theme, diagnostics);

    /// <summary>The search page, when the site has search and the theme a layout for it.</summary>
    public static SiteFile? Search(SiteSettings site, Theme theme, DiagnosticBag diagnostics) =>
        !site.Search || !theme.Layouts.ContainsKey("search") ? null
            : Shell("search", "search/", "Search", $"Search the briefings and editor’s notes of {site.Title}.", site, theme, diagnostics);

    /// <summary>What the briefing layout shows: every string escaped, or HTML the build made safe.</summary>
    private static BriefingModel Model(RenderedBriefing briefing, SiteSettings site, string pageUrl, CslFormatter citations)
    {
        var article = briefing.Article;
        var attribution = article.Attribution;
        var (dateLabel, date) = attribution.Updated is { } updated ? ("Updated", (DateOnly?)updated)
            : attribution.Published is { } published ? ("Published", published) : ("", null);

        return new BriefingModel(
            Kicker: Escape(attribution.Kicker),
            Title: Escape(attribution.Title),
            Byline: Escape(string.Join("; ", attribution.Authors.Select(a => a.Role is null ? a.Name : $"{a.Name}, {a.Role}"))),
            Publisher: Escape(attribution.Publisher),
            DateLabel: dateLabel,
            DateIso: date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            DateText: date is { } d ? FormatDate(d) : "",
            ArticleHtml: briefing.ArticleHtml,
            Excerpt: attribution.Source.Excerpt,
            SourceUrl: Escape(attribution.Source.Url),
            SourceLabel: Escape(attribution.Source.Label),
            Notes: [.. briefing.Notes.Select(n => new NoteModel(n.Number, Escape(n.AnnotationId), n.Html))],
            Sources: [.. briefing.Bibliography.Select(b => new SourceModel(Escape(b.Key), b.Html, b.NoteNumbers, NoteLinks(b.NoteNumbers)))],
            CopyrightNotice: attribution.Copyright.HasOwnNotice ? Escape(attribution.Copyright.Notice) : "",
            CopyrightPermission: Escape(attribution.Copyright.Permission?.Replace("{site}", site.Title, StringComparison.Ordinal)),
            Republished: LicenseText.Republished(attribution.Copyright.License),
            LicenseHtml: LicenseText.Html(attribution.Copyright.License),
            Topics: [.. attribution.Topics.Select(t => ListItems.TopicLink(t, BriefingPaths.Root))],
            Cite: CiteThisBriefing.For(article, site, pageUrl, citations),
            AnnotationsUrl: "annotations.jsonld"
        );
    }

    private static PageModel Simple(string title, string socialTitle, string description, string path, string root, SiteSettings site, Theme theme,
        string content) =>
        new(Escape(title), Escape(socialTitle), Escape(description), Escape($"{site.BaseUrl}/{path}"), Escape($"{site.BaseUrl}/{path}"), "website",
            Escape(root + theme.AssetPath("site.css")), Escape(Optional(root, theme.OptionalAssetPath("notes.js"))),
            Escape(Optional(root, theme.OptionalAssetPath("favicon.svg"))), "", "", content,
            site.Search ? Escape(Optional(root, theme.OptionalAssetPath("search.js"))) : "");

    private static string Optional(string root, string path) => path.Length == 0 ? "" : root + path;

    /// <summary>A page at <paramref name="path"/> (a folder, or 404.html): its layout's content in the shell (_layout).</summary>
    private static SiteFile? Shell(string layout, string path, string heading, string description, SiteSettings site, Theme theme,
        DiagnosticBag diagnostics, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var root = layout == "404" ? SiteRoot.ForNotFound(site) : SiteRoot.From(path);
        var siteModel = SiteModel(site, root);
        var content = TemplateRunner.Render(theme.Layouts[layout], diagnostics, [("site", siteModel), .. values]);
        var title = path.Length == 0 ? site.Title : $"{heading} — {site.Title}";
        var page = content is null ? null : Simple(title, heading, description, path, root, site, theme, content);
        var html = page is null ? null : TemplateRunner.Render(theme.Layouts["_layout"], diagnostics, ("site", siteModel), ("page", page));
        return html is null ? null : new SiteFile(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path, Encoding.UTF8.GetBytes(html));
    }

    private static string NoteLinks(ImmutableArray<int> numbers) =>
        string.Join(", ", numbers.Select(number => $"<a href=\"#note-{number}\">{number}</a>"));

    private static SiteModel SiteModel(SiteSettings site, string root) =>
        new(Escape(site.Title), Escape(site.Language), Escape(site.Description), Escape(site.BaseUrl), Escape(site.BaseUrl + "/feed.xml"), site.NoIndex,
            [.. site.Navigation.Select(l => new LinkModel(Escape(l.Title), Escape(root + SiteRoot.Page(l.Url))))], Escape(root), site.Search);

    public static string FormatDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}
