using Briefing.Layout;
using Briefing.Loading;
using Briefing.Rendering;
using Markdig;

namespace Briefing.Site;

/// <summary>Stage: input/pages/*.md (front matter `title`, `description`), rendered by the article pipeline: raw HTML as text.</summary>
internal static class LoadPages
{
    private static readonly string[] Keys = ["title", "description"];

    // Folders the build writes itself: a page of the same name would overwrite them.
    private static readonly string[] Reserved = ["assets", "briefings", "topics", "index", "404", "feed", "sitemap", "robots"];

    public static IReadOnlyList<ContentPage> Run(string inputFolder, MarkdownPipelines pipelines, DiagnosticBag diagnostics) =>
        [.. InputBoundary.Files(inputFolder, Path.Combine(inputFolder, "pages"), "*.md", recursive: false, diagnostics)
            .Select(path => Load(inputFolder, path, pipelines, diagnostics)).OfType<ContentPage>()];

    private static ContentPage? Load(string inputFolder, string path, MarkdownPipelines pipelines, DiagnosticBag diagnostics)
    {
        var file = ContentFile.DisplayPath(path);
        var slug = Path.GetFileNameWithoutExtension(path);
        if (!LoadAnnotations.IsValidId(slug) || Reserved.Contains(slug))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, SourceLocation.WholeFile(file),
                $"The page name '{slug}' cannot be a page's URL.",
                "Use lower-case letters, digits and hyphens, and none of: " + string.Join(", ", Reserved) + "."));
            return null;
        }

        var text = InputBoundary.ReadText(inputFolder, path, diagnostics);
        var parts = text is null ? null : FrontMatter.Split(text, file, diagnostics);
        if (parts is null)
        {
            return null;
        }

        if (YamlReader.ReadMapping(parts.Yaml, file, parts.YamlFirstLine - 1, diagnostics, DiagnosticCodes.FrontMatter,
            "The page's front matter must be a set of keys (title, description).") is not { } mapping)
        {
            return null;
        }

        var front = new MappingReader(mapping, "the page's front matter", Keys, diagnostics);
        var title = front.String("title", required: true);
        var description = front.String("description");
        if (MarkdownDepth.Parse(parts.Body, pipelines.Article, new SourceLocation(file, parts.BodyFirstLine, 1), diagnostics) is not { } document)
        {
            return null;
        }

        LinkSafety.Check(document, inline => new SourceLocation(file, parts.BodyFirstLine + inline.Line, inline.Column + 1), diagnostics,
            SiteRoot.From(slug + "/index.html"));
        var html = MarkdownDepth.Guard(() => Markdown.ToHtml(document, pipelines.Article), new SourceLocation(file, parts.BodyFirstLine, 1), diagnostics);
        return title is null || html is null ? null : new ContentPage(slug, title, description, html);
    }
}

/// <summary>A page from input/pages/&lt;slug&gt;.md: its front matter and its Markdown rendered to HTML.</summary>
internal sealed record ContentPage(string Slug, string Title, string? Description, string Html)
{
    public string Path => $"{Slug}/";
}
