using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Rendering;
using Briefing.Site;
using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>Stage: puts rendered briefings and the site-wide pages into the theme's layouts.</summary>
internal static class LayOutPages
{
    public static RenderedPage? Briefing(RenderedBriefing briefing, SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        RenderedPage? page = null;
        return Briefing(briefing, site, theme, diagnostics, (path, html) => page = new RenderedPage(path, html.ToArray())) ? page : null;
    }

    /// <summary>The briefing's page, handed to <paramref name="sink"/>; false when the theme failed.</summary>
    public static bool Briefing(RenderedBriefing briefing, SiteSettings site, Theme theme, DiagnosticBag diagnostics, Output.FileSink sink)
    {
        var article = briefing.Article;
        var attribution = article.Attribution;
        var pageUrl = $"{site.BaseUrl}/briefings/{article.Slug}/";
        var (dateLabel, date) = attribution.Updated is { } updated ? ("Updated", (DateOnly?)updated)
            : attribution.Published is { } published ? ("Published", published) : ("", null);

        var model = new BriefingModel(
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
            Topics: TopicLinks(attribution),
            Cite: CiteThisBriefing.For(article, site, pageUrl),
            AnnotationsUrl: Escape($"/briefings/{article.Slug}/annotations.jsonld")
        );

        var content = TemplateRunner.Render(theme.Layouts["briefing"], diagnostics, ("site", SiteModel(site)), ("briefing", model));
        if (content is null)
        {
            return false;
        }

        var page = new PageModel(
            Title: Escape($"{attribution.Title} — {site.Title}"),
            SocialTitle: Escape(attribution.Title),
            Description: Escape(attribution.Summary ?? $"{attribution.Title}, republished with editor’s notes."),
            Canonical: Escape(attribution.Source.Url),
            Url: Escape(pageUrl),
            OgType: "article",
            Stylesheet: Escape(theme.AssetUrl("site.css")),
            Script: Escape(theme.OptionalAssetUrl("notes.js")),
            Icon: Escape(theme.OptionalAssetUrl("favicon.svg")),
            JsonLd: ArticleJsonLd.Write(briefing, site, pageUrl),
            Annotations: Escape($"/briefings/{article.Slug}/annotations.jsonld"),
            Content: content);
        var html = TemplateRunner.RenderUtf8(theme.Layouts["_layout"], diagnostics, ("site", SiteModel(site)), ("page", page));
        if (html is not null)
        {
            sink($"briefings/{article.Slug}/index.html", html);
        }

        return html is not null;
    }

    public static RenderedPage? Index(IReadOnlyList<RenderedBriefing> briefings, IReadOnlyList<Topic> topics, ListItems items, SiteSettings site, Theme theme,
        DiagnosticBag diagnostics)
    {
        var topicLinks = topics.Select(t => new TopicLinkModel(Escape(t.Name), Escape("/" + t.Path))).ToList();
        return Shell("index.html", "index", content => Simple(site.Title, site.Title, site.Description ?? site.Title, "", site, theme, content), site, theme,
            diagnostics, ("site", SiteModel(site)), ("briefings", items.Of(briefings)), ("topics", topicLinks));
    }

    public static RenderedPage? Topic(Topic topic, ListItems items, SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        var model = new TopicModel(Escape(topic.Name), items.Of(topic.Briefings));
        var description = $"Briefings on {topic.Name}: articles republished with editor’s notes.";
        return Shell(topic.PagePath, "topic", content => Simple($"{topic.Name} — {site.Title}", topic.Name, description, topic.Path, site, theme, content),
            site, theme, diagnostics, ("site", SiteModel(site)), ("topic", model));
    }

    public static RenderedPage? Page(ContentPage source, SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        var model = new ContentPageModel(Escape(source.Title), Escape(source.Description), source.Html);
        return Shell(source.Path + "index.html", "page", content => Simple($"{source.Title} — {site.Title}", source.Title,
            source.Description ?? site.Description ?? source.Title, source.Path, site, theme, content), site, theme, diagnostics, ("site", SiteModel(site)),
            ("page", model));
    }

    public static RenderedPage? NotFound(SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        return Shell("404.html", "404", content => Simple($"Page not found — {site.Title}", "Page not found", "There is no page at this address.", "404.html",
            site, theme, content), site, theme, diagnostics, ("site", SiteModel(site)));
    }

    private static PageModel Simple(string title, string socialTitle, string description, string path, SiteSettings site, Theme theme, string content) =>
        new(Escape(title), Escape(socialTitle), Escape(description), Escape($"{site.BaseUrl}/{path}"), Escape($"{site.BaseUrl}/{path}"), "website",
            Escape(theme.AssetUrl("site.css")), Escape(theme.OptionalAssetUrl("notes.js")), Escape(theme.OptionalAssetUrl("favicon.svg")), "", "", content);

    /// <summary>
    /// Each briefing's entry in the index and topic lists, made once for all the lists it is in (the
    /// index and each of its topics' pages) rather than once per list.
    /// </summary>
    internal sealed class ListItems
    {
        private readonly Dictionary<RenderedBriefing, IndexItemModel> _made;

        // One link per topic, shared by every item on it: a site has a handful of topics and thousands of items.
        private readonly ConcurrentDictionary<string, TopicLinkModel> _topicLinks = new(StringComparer.Ordinal);

        public ListItems(IReadOnlyList<RenderedBriefing> briefings)
        {
            // Made on every core: the site-wide pages wait for all of them (4,000 took 6 ms on one).
            var made = new IndexItemModel[briefings.Count];
            Parallel.For(0, briefings.Count, i => made[i] = Item(briefings[i]));
            _made = new(briefings.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < made.Length; i++)
            {
                _made.Add(briefings[i], made[i]);
            }
        }

        /// <summary>The entries of <paramref name="listed"/>, newest first.</summary>
        public List<IndexItemModel> Of(IEnumerable<RenderedBriefing> listed) =>
            [.. listed
                .OrderByDescending(b => b.Article.Attribution.Date)
                .ThenBy(b => b.Article.Slug, StringComparer.Ordinal)
                .Select(b => _made.TryGetValue(b, out var item) ? item : Item(b))];

        private IndexItemModel Item(RenderedBriefing b)
        {
            var a = b.Article.Attribution;
            var topics = new List<TopicLinkModel>(a.Topics.Length);
            foreach (var topic in a.Topics)
            {
                topics.Add(_topicLinks.GetOrAdd(topic, TopicLink));
            }

            return new IndexItemModel(
                Escape(a.Kicker), Escape(a.Title), Escape($"/briefings/{b.Article.Slug}/"), Escape(a.Publisher),
                a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.Date is { } d ? FormatDate(d) : "",
                Escape(a.Summary), b.Notes.Length, topics);
        }
    }

    private static TopicLinkModel TopicLink(string topic) => new(Escape(topic), Escape($"/topics/{Site.Topic.SlugOf(topic)}/"));

    private static List<TopicLinkModel> TopicLinks(Attribution attribution) => [.. attribution.Topics.Select(TopicLink)];

    /// <summary>A page: its content through the theme's <paramref name="layout"/>, then the shell (_layout) around it.</summary>
    private static RenderedPage? Shell(string path, string layout, Func<string, PageModel> page, SiteSettings site, Theme theme, DiagnosticBag diagnostics,
        params ReadOnlySpan<(string Name, object Value)> values)
    {
        var content = TemplateRunner.Render(theme.Layouts[layout], diagnostics, values);
        var html = content is null ? null
            : TemplateRunner.RenderUtf8(theme.Layouts["_layout"], diagnostics, ("site", SiteModel(site)), ("page", page(content)));
        return html is null ? null : new RenderedPage(path, html);
    }

    private static string NoteLinks(ImmutableArray<int> numbers)
    {
        var links = new System.Text.StringBuilder();
        foreach (var number in numbers)
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            links.Append(links.Length == 0 ? "" : ", ").Append("<a href=\"#note-").Append(text).Append("\">").Append(text).Append("</a>");
        }

        return links.ToString();
    }

    private static SiteModel SiteModel(SiteSettings site) =>
        new(Escape(site.Title), Escape(site.Language), Escape(site.Description), Escape(site.BaseUrl), Escape(site.BaseUrl + "/feed.xml"), site.NoIndex,
            [.. site.Navigation.Select(l => new LinkModel(Escape(l.Title), Escape(l.Url)))]);

    public static string FormatDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}

/// <summary>A page ready to write: its path under the output folder and its HTML, in UTF-8.</summary>
internal sealed record RenderedPage(string Path, byte[] Html);
