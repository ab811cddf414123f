using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Rendering;
using SmartReader;

namespace Briefing.Import;

/// <summary>A saved page: its main text found by SmartReader (Mozilla's Readability), as Markdown; its attribution from metadata.</summary>
internal static partial class HtmlPage
{
    // Readability walks the tree recursively: a page nested deeper than any article is refused before it exhausts the stack.
    private const int MaxDepth = 400;

    // Counted in the text before parsing, where unclosed inline tags add up: a wider margin.
    private const int MaxTagDepth = 1000;

    public static ImportedArticle Read(string html, string? pageUrl)
    {
        if (NestingScan.Exceeds(html, MaxTagDepth))
        {
            throw new PageSourceException($"its tags are nested more than {MaxTagDepth} deep, which no article page needs");
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var page = parser.ParseDocument(html);
        if (Depth(page.DocumentElement) > MaxDepth)
        {
            throw new PageSourceException($"its elements are nested more than {MaxDepth} deep, which no article page needs");
        }

        var canonical = PageMetadata.Canonical(page);
        BreakRuns.ToParagraphs(page);
        var article = new Reader(pageUrl ?? canonical ?? SafeUrl.UnknownBase, page.ToHtml()).GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            throw new PageSourceException("no main text was found in it (Readability finds no article)");
        }

        using var content = parser.ParseDocument(article.Content);
        var dropped = new DroppedMarkup();
        var markdown = MarkdownBlocks.Convert(content.Body!, dropped);
        if (markdown.Trim().Length == 0)
        {
            throw new PageSourceException("its main text is empty");
        }

        if (!WordsOfMarkdown(markdown).SequenceEqual(WordsOf(content.Body!), StringComparer.Ordinal))
        {
            dropped.Add("passages whose words differ from the page after conversion: compare with the original");
        }

        var metadata = new PageMetadata(page);
        return new ImportedArticle
        {
            Title = ArticleFile.Spaced(article.Title) ?? ArticleFile.Spaced(page.Title) ?? "",
            Authors = AuthorsOf(ArticleFile.Spaced(article.Author) ?? metadata.Author ?? ArticleFile.Spaced(article.Byline)),
            Publisher = ArticleFile.Spaced(article.SiteName) ?? metadata.Publisher,
            Published = metadata.Published ?? (article.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null),
            Updated = metadata.Modified,
            SourceUrl = pageUrl ?? canonical,
            CopyrightSeen = metadata.Copyright,
            Markdown = markdown,
            Dropped = dropped,
        };
    }

    /// <summary>How deep the elements nest, counted without recursion: the page has not been found shallow enough yet.</summary>
    private static int Depth(IElement root)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>([(root, 1)]);
        while (stack.TryPop(out var top))
        {
            deepest = Math.Max(deepest, top.Depth);
            foreach (var child in top.Element.Children)
            {
                stack.Push((child, top.Depth + 1));
            }
        }

        return deepest;
    }

    /// <summary>"By Jane Doe and John Roe" → two authors; a byline that is not names gives none.</summary>
    private static ImmutableArray<Author> AuthorsOf(string? byline) =>
    [
        .. byline is null ? [] : Regex.Split(ByPrefix().Replace(byline, ""), @"\s*(?:,|;|\band\b|&|\|)\s*")
            .Select(n => n.Trim())
            .Where(n => n.Length is > 1 and <= 80 && !n.Any(char.IsDigit))
            .Distinct(StringComparer.Ordinal)
            .Select(n => new Author(n, null)),
    ];

    // The words a reader sees, of extracted HTML and of rendered Markdown: equal when the Markdown says the page's words.
    private static readonly MarkdownPipelines Pipelines = new();

    private static List<string> WordsOfMarkdown(string markdown)
    {
        using var document = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, Pipelines.Article));
        return WordsOf(document.Body!);
    }

    private static List<string> WordsOf(INode root)
    {
        var text = new StringBuilder();
        Append(root, text);
        return [.. text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }

    private static void Append(INode node, StringBuilder text)
    {
        if (node is IText t)
        {
            text.Append(t.Data);
        }
        else if (node is IElement element && !HtmlElements.IsLeftOut(element))
        {
            // A block or a line break separates words; inline markup does not.
            var separator = HtmlElements.IsBlock(element) || element.TagName is "BR" ? " " : "";
            text.Append(separator);
            foreach (var child in element.ChildNodes)
            {
                Append(child, text);
            }

            text.Append(separator);
        }
    }

    [GeneratedRegex(@"^\s*(?:by|von|par|por|di|door)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();
}
