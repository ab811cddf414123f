using Briefing.Rendering;
using Markdig;
using Markdig.Syntax;

namespace Briefing.Tests.Rendering;

/// <summary>Which bracketed text in a note is a Pandoc citation cluster. How articles and notes render is in Specs/.</summary>
public sealed class CitationRecognitionTests
{
    private static readonly MarkdownPipelines Pipelines = new();

    [Theory]
    [InlineData("see [@unsc-1718] now", true)]
    [InlineData("see [@unsc-1718, p. 4; @other] now", true)]
    [InlineData("see [see above] now", false)]
    [InlineData("see [a link](https://example.org) now", false)]
    [InlineData("mail [me@example.org] now", false)]
    public void Citation_clusters_in_notes_are_recognised_and_nothing_else(string note, bool isCitation)
    {
        var document = Markdown.Parse(note, Pipelines.Note);

        Assert.Equal(isCitation, document.Descendants<CitationInline>().Any());
    }
}
