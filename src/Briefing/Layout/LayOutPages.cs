using System.Globalization;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Rendering;
using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>Stage: puts rendered briefings into the theme's layouts.</summary>
internal static class LayOutPages
{
    public static RenderedPage? Briefing(RenderedBriefing briefing, SiteSettings site, Theme theme, DiagnosticBag diagnostics)
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
            Sources: [.. briefing.Bibliography.Select(b => new SourceModel(Escape(b.Key), b.Html, b.NoteNumbers))],
            CopyrightNotice: Escape(attribution.Copyright.Notice),
            CopyrightPermission: Escape(attribution.Copyright.Permission?.Replace("{site}", site.Title, StringComparison.Ordinal))
        );

        var content = TemplateRunner.Render(theme.Layouts["briefing"], new { site = SiteModel(site), briefing = model }, diagnostics);
        if (content is null)
        {
            return null;
        }

        var page = new PageModel(
            Title: Escape($"{attribution.Title} — {site.Title}"),
            Description: Escape(attribution.Summary),
            Canonical: Escape(attribution.Source.Url),
            Stylesheet: Escape(theme.AssetUrl("site.css")),
            JsonLd: ArticleJsonLd.Write(briefing, site, pageUrl),
            Content: content);
        return Shell($"briefings/{article.Slug}/index.html", page, site, theme, diagnostics);
    }

    public static RenderedPage? Index(IReadOnlyList<RenderedBriefing> briefings, SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        var items = briefings
            .OrderByDescending(b => b.Article.Attribution.Date)
            .ThenBy(b => b.Article.Slug, StringComparer.Ordinal)
            .Select(b =>
            {
                var a = b.Article.Attribution;
                return new IndexItemModel(
                    Escape(a.Kicker), Escape(a.Title), Escape($"/briefings/{b.Article.Slug}/"), Escape(a.Publisher),
                    a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.Date is { } d ? FormatDate(d) : "",
                    Escape(a.Summary), b.Notes.Length);
            })
            .ToList();

        var content = TemplateRunner.Render(theme.Layouts["index"], new { site = SiteModel(site), briefings = items }, diagnostics);
        if (content is null)
        {
            return null;
        }

        var page = new PageModel(Escape(site.Title), Escape(site.Description), Escape(site.BaseUrl + "/"),
            Escape(theme.AssetUrl("site.css")), "", content);
        return Shell("index.html", page, site, theme, diagnostics);
    }

    private static RenderedPage? Shell(string path, PageModel page, SiteSettings site, Theme theme, DiagnosticBag diagnostics)
    {
        var html = TemplateRunner.Render(theme.Layouts["_layout"], new { site = SiteModel(site), page }, diagnostics);
        return html is null ? null : new RenderedPage(path, html);
    }

    private static SiteModel SiteModel(SiteSettings site) =>
        new(Escape(site.Title), Escape(site.Language), Escape(site.Description), Escape(site.BaseUrl));

    public static string FormatDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
}

/// <summary>A page ready to write: its path under the output folder and its HTML.</summary>
internal sealed record RenderedPage(string Path, string Html);
