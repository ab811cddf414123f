using System.Diagnostics;
using System.Text;
using Briefing.Import;

namespace Briefing.Tests.Import;

/// <summary>Pages built to attack: nothing executable reaches the Markdown, and huge or deep pages fail fast.</summary>
public sealed class HostilePageTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Repeat(
        "<p>The ministers met on Tuesday and agreed, after a long night of talks, that the border would stay open to trade and to families.</p>\n", 8));

    [Fact]
    public void Scripts_handlers_script_links_frames_forms_and_data_urls_never_reach_the_Markdown()
    {
        var html = $"""
            <html><head><title>Talks</title><script>alert(1)</script></head><body><article>
            <h1>Talks</h1>{Paragraphs}
            <p onclick="alert(2)">Read <a href="javascript:alert(3)">the statement</a> and <a href="data:text/html,<script>alert(4)</script>">the annex</a>
            or <a href="vbscript:msgbox(5)">the map</a>. <img src="x" onerror="alert(6)"> <iframe src="https://evil.example/">frame text</iframe></p>
            <form action="https://evil.example/"><input name="q" value="form value"><button>Send form</button></form>
            <p>Source: <a href="https://example.org/statement">the ministry</a>.</p>
            </article></body></html>
            """;
        var markdown = HtmlPage.Read(html, "https://example.org/talks").Markdown;
        foreach (var bad in new[] { "alert", "javascript", "vbscript", "data:", "onclick", "onerror", "iframe", "frame text", "form value", "Send form", "<" })
        {
            Assert.DoesNotContain(bad, markdown, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Read the statement and the annex or the map.", markdown, StringComparison.Ordinal);
        Assert.Contains("[the ministry](https://example.org/statement)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_nested_elements_fail_cleanly_before_parsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + Paragraphs + "</body></html>";
        var refusal = Assert.Throws<PageSourceException>(() => HtmlPage.Read(html, null));
        Assert.Contains("nested", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_20_MB_page_fails_cleanly_by_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefing-huge-{Guid.NewGuid():N}.html");
        var page = new StringBuilder("<html><body><article>");
        while (page.Length < 20 * 1024 * 1024)
        {
            page.Append(Paragraphs);
        }

        await File.WriteAllTextAsync(path, page.ToString());
        try
        {
            var error = await Assert.ThrowsAsync<PageSourceException>(() => PageSource.ReadAsync(path, null, CancellationToken.None));
            Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("<p>* not a list</p>", "\\* not a list")]
    [InlineData("<p>1984. A year</p>", "1984\\. A year")]
    [InlineData("<p># not a heading</p>", "\\# not a heading")]
    [InlineData("<p>a <em>b</em> c_d [e] `f` &amp;amp; &lt;g&gt;</p>", "a *b* c\\_d \\[e\\] \\`f\\` \\&amp; \\<g\\>")]
    [InlineData("<p>See <code>x | y</code></p>", "See x \\| y")]
    [InlineData("<ul><li>one</li><li>two<ol><li>three</li></ol></li></ul>", "- one\n\n- two\n\n  1. three")]
    [InlineData("<blockquote><p>said</p><p>twice</p></blockquote>", "> said\n>\n> twice")]
    [InlineData("<p>line<br>break</p>", "line\\\nbreak")]
    public void Markdown_says_exactly_the_text(string html, string markdown)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(markdown + "\n", MarkdownBlocks.Convert(document.Body!, new DroppedMarkup()));
        Assert.Equal(ImportedWords.OfHtml(html), ImportedWords.OfMarkdown(markdown));
    }
}
