using Briefing.Anchoring;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Rendering;

/// <summary>Stage: Markdown → syntax tree, and (after anchoring) the tree → HTML.</summary>
internal static class RenderArticle
{
    // Ids the page itself uses; a heading must not take one of them.
    private static readonly string[] ReservedPrefixes = ["note-", "ref-", "source-", "fn:", "fnref:"];
    private static readonly string[] ReservedIds = ["notes-heading", "sources-heading", "main", "content"];

    public static MarkdownDocument? Parse(string body, MarkdownPipelines pipelines, SourceLocation at, DiagnosticBag diagnostics) =>
        MarkdownDepth.Parse(body, pipelines.Article, at, diagnostics) is { } document ? ReserveIds(document) : null;

    public static MarkdownDocument Parse(string body, MarkdownPipelines pipelines) => ReserveIds(Markdown.Parse(body, pipelines.Article));

    private static MarkdownDocument ReserveIds(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { } id && (ReservedIds.Contains(id) || ReservedPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal))))
            {
                attributes.Id = "section-" + id;
            }
        }

        return document;
    }

    // Markdig lends a renderer from the pipeline's pool, already set up: none is built per article.
    public static string ToHtml(MarkdownDocument document, MarkdownPipelines pipelines) => document.ToHtml(pipelines.Article);
}
