using Briefing.Anchoring;
using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing;

/// <summary>A briefing's folder to HTML: loaded, anchored, rendered (<see cref="Prepare"/>), then cited (<see cref="Finish"/>).</summary>
internal static class BuildBriefing
{
    /// <summary>One briefing from its folder to rendered HTML; null when its content has errors.</summary>
    public static RenderedBriefing? Run(
        string folder, SourceLibrary sharedSources, MarkdownPipelines pipelines, DiagnosticBag diagnostics, CitationFormatting.CslFormatter? citations = null) =>
        Read(folder, diagnostics) is { } files
            ? Finish(Prepare(files, pipelines, diagnostics), sharedSources, pipelines, diagnostics, citations)
            : null;

    /// <summary>A briefing folder's files, each read once through the input boundary; null (reported) when the folder is no briefing.</summary>
    internal static BriefingFiles? Read(string folder, DiagnosticBag diagnostics)
    {
        var slug = Path.GetFileName(folder);
        if (!LoadAnnotations.IsValidId(slug))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, SourceLocation.WholeFile(ContentFile.DisplayPath(folder)),
                $"The briefing folder name '{slug}' is not a valid slug: it becomes the page's URL.",
                "Use lower-case letters, digits and hyphens, e.g. china-north-korea-relationship."));
            return null;
        }

        if (!File.Exists(Path.Combine(folder, "article.md")))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingArticle, SourceLocation.WholeFile(ContentFile.DisplayPath(folder)),
                "The briefing folder has no article.md.", "Add the republished article as article.md, or remove the folder."));
            return null;
        }

        // The folder is input/briefings/<slug>: nothing it holds may lead out of input/.
        var input = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(folder)))!;
        return InputBoundary.Allows(input, folder, diagnostics) ? BriefingFiles.Read(input, folder, diagnostics) : null;
    }

    /// <summary>The part of a briefing that needs no sources: the article parsed, annotations anchored and the article rendered.</summary>
    internal static PreparedBriefing Prepare(BriefingFiles files, MarkdownPipelines pipelines, DiagnosticBag diagnostics)
    {
        var article = LoadArticle.Run(files, Path.GetFileName(files.Folder), diagnostics);
        var annotations = LoadAnnotations.Run(files, diagnostics);
        if (article is null
            || RenderArticle.Parse(article.Body, pipelines, SourceLocation.WholeFile(article.File), diagnostics) is not { } document)
        {
            // Its own sources file is still read, and reported on, by Finish.
            return new PreparedBriefing(files, article, null, null) { Unanchored = annotations };
        }

        LinkSafety.Check(document, inline => article.Locate(inline.Span.Start), diagnostics);
        var anchors = AnchorAnnotations.Run(article, document, annotations, diagnostics);
        var html = MarkdownDepth.Guard(() => RenderArticle.ToHtml(document, pipelines), SourceLocation.WholeFile(article.File), diagnostics);
        var anchored = anchors.Select(a => a.Annotation.Id).ToHashSet(StringComparer.Ordinal);
        return new PreparedBriefing(files, article, anchors, html) { Unanchored = [.. annotations.Where(a => !anchored.Contains(a.Id))] };
    }

    /// <summary>The rest of a briefing: its own sources file read beside the shared sources, and its notes and citations rendered.</summary>
    internal static RenderedBriefing? Finish(
        PreparedBriefing prepared, SourceLibrary sharedSources, MarkdownPipelines pipelines, DiagnosticBag diagnostics, CitationFormatting.CslFormatter? citations = null)
    {
        var sources = LoadSources.Run(prepared.Files, sharedSources, diagnostics);

        // A note whose quote was not placed is still checked (citations, Markdown, links): one run reports every problem.
        RenderNotes.Check(prepared.Unanchored, sources, pipelines, diagnostics);
        if (prepared.Anchors is not { } anchors)
        {
            return null;
        }

        var (notes, bibliography) = RenderNotes.Run(anchors, sources, pipelines, diagnostics, citations);
        return prepared.Html is not { } html ? null : new RenderedBriefing(prepared.Article!, html, anchors, notes, bibliography) { Sources = sources };
    }
}
