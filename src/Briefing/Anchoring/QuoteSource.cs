using Markdig;

namespace Briefing.Anchoring;

/// <summary>
/// A quote as a reader sees it when the editor copied it from the Markdown source: its inline markup
/// (emphasis, links, code, escapes, entities) rendered away, then folded like the article's text.
/// </summary>
internal static class QuoteSource
{
    // Inline Markdown only matters here; raw HTML stays text, as it does in articles.
    private static readonly MarkdownPipeline Inline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly System.Buffers.SearchValues<char> Markup = System.Buffers.SearchValues.Create("*_[]`\\&");

    public static string AsReaderSeesIt(string markdown)
    {
        if (markdown.AsSpan().IndexOfAny(Markup) < 0)
        {
            return FoldedText.Fold(markdown);
        }

        // A quote is a phrase, never a block: a zero-width space in front keeps "1." or "# " at its start
        // from making a list or a heading, and folding drops it again.
        var document = Markdown.Parse("\u200B" + markdown.ReplaceLineEndings(" ").TrimStart(), Inline);
        return FoldedText.Fold(VisibleText.Of(document).Text);
    }
}
