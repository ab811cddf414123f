using Briefing.Rendering;
using Briefing.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Tests.Rendering;

/// <summary>SyntaxWalk visits the inlines Markdig's Descendants&lt;Inline&gt;() gives, the same objects in the same order.</summary>
public sealed class SyntaxWalkTests
{
    private static readonly MarkdownPipelines Pipelines = new();

    private static readonly string[] Pieces =
    [
        "text ", "*em* ", "**strong** ", "[link](https://x.org) ", "<https://auto.example> ", "<a@b.org> ", "`code` ", "\n", "\n\n",
        "# Heading\n", "> quote ", "- item ", "1. item ", "    indented code\n", "```\nfenced\n```\n", "| a | b |\n|---|---|\n| c | *d* |\n",
        "text[^1] ", "\n\n[^1]: A footnote with [a link](https://y.org).\n", "![image](https://x.org/i.png) ", "<span>html</span> ",
        "[@src-1] ", "[see @src-2, p. 4] ", "***", "---\n", "&amp; ", "\\* ",
    ];

    [Fact]
    public void The_seed_article_and_its_notes_are_walked_as_Markdig_walks_them()
    {
        var article = Markdown.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedBriefing, "article.md")), Pipelines.Article);
        Assert.True(article.Descendants<Inline>().Count() > 20);
        AssertSameWalk(article);
        var notes = File.ReadAllText(Path.Combine(RepositoryPaths.SeedBriefing, "annotations.yml"));
        AssertSameWalk(Markdown.Parse(notes, Pipelines.Note));
    }

    [Property(MaxTest = 1000)]
    public Property Any_markdown_is_walked_as_Markdig_walks_it() =>
        Prop.ForAll(Gen.Elements(Pieces).ArrayOf().Select(string.Concat).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (markdown, note) =>
            AssertSameWalk(Markdown.Parse(markdown, note ? Pipelines.Note : Pipelines.Article)));

    [Fact]
    public void Only_inlines_of_the_asked_type_are_listed()
    {
        var document = Markdown.Parse("A [link](https://x.org) and *em [another](https://y.org)*.\n\n> [third](https://z.org)\n", Pipelines.Article);
        Assert.Equal(["https://x.org", "https://y.org", "https://z.org"], SyntaxWalk.Inlines<LinkInline>(document).Select(l => l.Url));
    }

    private static void AssertSameWalk(MarkdownDocument document)
    {
        var walked = new List<Inline>();
        SyntaxWalk.Inlines(document, walked.Add);
        var expected = document.Descendants<Inline>().ToList();
        Assert.Equal(expected.Count, walked.Count);
        Assert.All(expected.Zip(walked), pair => Assert.Same(pair.First, pair.Second));
    }
}
