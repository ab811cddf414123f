using Briefing.Html;
using Briefing.Layout;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>
/// Links and images in content may point only to http(s), mailto and relative URLs. In notes and pages a link from the
/// site's root ("/about/") is made relative to the page, so that it works wherever the site is served.
/// </summary>
internal static class LinkSafety
{
    /// <summary>Reports each link or image whose URL is not allowed; without a site root, root links stay (the article).</summary>
    /// <param name="siteRoot">The way from the page back to the site's root ("../../"), for notes and pages.</param>
    public static void Check(
        MarkdownDocument document, Func<Inline, SourceLocation> locate, DiagnosticBag diagnostics, string? siteRoot = null)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            if (siteRoot is not null && inline is LinkInline { Url: ['/', not '/', ..] or "/" } rooted)
            {
                rooted.Url = SiteRoot.Relative(rooted.Url, siteRoot);
            }

            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url,
                _ => null,
            };

            if (!string.IsNullOrEmpty(url) && !HtmlText.IsSafeUrl(url))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, locate(inline),
                    $"The link '{(url.Length <= 80 ? url : url[..77] + "…")}' is not allowed: links may use http, https or mailto, or be relative.",
                    "Link to a web page (https://…)."));
            }
        }
    }
}
