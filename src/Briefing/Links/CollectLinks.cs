using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Review;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Links;

/// <summary>Stage: every http(s) link of the content, where an editor wrote it; read with the build's loaders.</summary>
internal static class CollectLinks
{
    public static IReadOnlyList<ExternalLink> Run(string inputFolder)
    {
        var site = LoadReviewedSite.Run(inputFolder, inputFolder);
        var links = new List<ExternalLink>();
        var pipelines = new MarkdownPipelines();
        foreach (var briefing in site.Briefings.Values)
        {
            if (briefing.Article is { } article)
            {
                links.Add(new ExternalLink(article.Attribution.Source.Url, InputBoundary.Find(inputFolder, article.File, article.Attribution.Source.Url)
                    ?? SourceLocation.WholeFile(article.File), "the original (source.url)"));
                links.AddRange(Walk(RenderArticle.Parse(article.Body, pipelines))
                    .Select(found => new ExternalLink(found.Url, article.Locate(found.Inline.Span.Start), "a link in the article")));
            }

            foreach (var note in briefing.Notes)
            {
                links.AddRange(Walk(Markdown.Parse(note.Annotation.Note, pipelines.Note))
                    .Select(found => new ExternalLink(found.Url, note.Annotation.NoteAt, $"a link in note '{note.Annotation.Id}'")));
            }
        }

        // Each briefing's library holds the shared sources too: one link per source entry.
        var sources = site.SharedSources.Sources.Values.Concat(site.Briefings.Values.SelectMany(b => b.Sources.Sources.Values));
        foreach (var source in sources.DistinctBy(s => s.At))
        {
            if (source.Item.Url is { } url)
            {
                links.Add(new ExternalLink(url, source.At, $"the URL of source '{source.Item.Id}'", source.Item.Id, source.Item.Archive));
            }
        }

        AddSiteLinks(inputFolder, pipelines, links);
        return [.. links.Where(l => LoadSite.IsAbsoluteHttpUrl(l.Url)).DistinctBy(l => (l.Url, l.At))];
    }

    /// <summary>Each http(s) link or autolink of a Markdown document, with the inline that gives it.</summary>
    private static IEnumerable<(string Url, Inline Inline)> Walk(MarkdownDocument document) =>
        from inline in document.Descendants<Inline>()
        let url = inline switch
        {
            LinkInline link => link.Url,
            AutolinkInline { IsEmail: false } autolink => autolink.Url,
            _ => null,
        }
        where url is not null
        select (url.Trim(), inline);

    /// <summary>Adds the links of the site's own content: input/pages/*.md and the publisher's URL in site.yml.</summary>
    private static void AddSiteLinks(string inputFolder, MarkdownPipelines pipelines, List<ExternalLink> links)
    {
        // Problems with these files are the build's to report: here an unreadable file has no links.
        var ignored = new DiagnosticBag();
        if (Publisher(inputFolder, ignored) is { } publisher)
        {
            links.Add(publisher);
        }

        foreach (var path in InputBoundary.Files(inputFolder, Path.Combine(inputFolder, "pages"), "*.md", recursive: false, ignored))
        {
            var file = ContentFile.DisplayPath(path);
            var text = InputBoundary.ReadText(inputFolder, path, ignored);
            if (text is not null && FrontMatter.Split(text, file, ignored) is { } parts
                && MarkdownDepth.Parse(parts.Body, pipelines.Article, new SourceLocation(file, parts.BodyFirstLine, 1), ignored) is { } document)
            {
                var name = Path.GetFileNameWithoutExtension(path);
                links.AddRange(Walk(document).Select(found => new ExternalLink(found.Url,
                    new SourceLocation(file, parts.BodyFirstLine + found.Inline.Line, found.Inline.Column + 1), $"a link in the page '{name}'")));
            }
        }
    }

    /// <summary>site.yml's publisher: url, at its value.</summary>
    private static ExternalLink? Publisher(string inputFolder, DiagnosticBag ignored)
    {
        var path = Path.Combine(inputFolder, "site.yml");
        var text = ContentFile.IsPresent(path) ? InputBoundary.ReadText(inputFolder, path, ignored) : null;
        var site = text is null ? null : YamlReader.Read(text, ContentFile.DisplayPath(path), 0, ignored) as MappingNode;
        var url = Value(Value(site, "publisher") as MappingNode, "url") as ScalarNode;
        return url is null ? null : new ExternalLink(url.Value.Trim(), url.At, "the publisher's URL (site.yml)");
    }

    private static Node? Value(MappingNode? mapping, string key) =>
        mapping?.Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
