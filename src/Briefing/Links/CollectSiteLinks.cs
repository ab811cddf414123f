using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Links;

/// <summary>Stage: the links of the site's own content: input/pages/*.md and the publisher's URL in site.yml.</summary>
internal static class CollectSiteLinks
{
    public static IEnumerable<ExternalLink> Run(string inputFolder, MarkdownPipelines pipelines)
    {
        // Problems with these files are the build's to report: here an unreadable file has no links.
        var ignored = new DiagnosticBag();
        var links = new List<ExternalLink>();
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
                CollectLinks.Walk(document, found => links.Add(new ExternalLink(found.Url,
                    new SourceLocation(file, parts.BodyFirstLine + found.Inline.Line, found.Inline.Column + 1), $"a link in the page '{name}'")));
            }
        }

        return links;
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
