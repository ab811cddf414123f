using Briefing.Diagnostics;
using Briefing.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>Links and images in content may point only to http(s), mailto and relative URLs.</summary>
internal static class LinkSafety
{
    public static void Check(MarkdownDocument document, Func<Inline, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        SyntaxWalk.Inlines(document, inline =>
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline autolink => autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url,
                _ => null,
            };

            if (!string.IsNullOrEmpty(url) && !HtmlText.IsSafeUrl(url))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeUrl, locate(inline),
                    $"The link '{Shorten(url)}' is not allowed: links may use http, https or mailto, or be relative.",
                    "Link to a web page (https://…)."));
            }
        });
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "…";
}
