using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Security;

/// <summary>Every text field comes from a pull request: none of it may become markup, script or an event handler.</summary>
public sealed class UntrustedTextTests
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"' onmouseover=\"alert(3)";

    [Fact]
    public void Script_and_event_handler_payloads_in_every_field_render_as_text()
    {
        using var temp = new TempFolder();
        var yamlPayload = "\"" + Payload.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        temp.Write("input/site.yml", $"""
            title: {yamlPayload}
            base_url: https://test.example
            description: {yamlPayload}
            publisher:
              name: {yamlPayload}
            """);
        temp.Write($"input/briefings/{SiteBuilder.Slug}/article.md", $"""
            ---
            title: {yamlPayload}
            kicker: {yamlPayload}
            authors:
              - name: {yamlPayload}
                role: {yamlPayload}
            publisher: {yamlPayload}
            updated: 2008-06-18
            source:
              url: https://example.org/a?q="><script>alert(4)</script>
              label: {yamlPayload}
              excerpt: true
            copyright:
              notice: {yamlPayload}
              permission: {yamlPayload}
            topics: [{yamlPayload}]
            summary: {yamlPayload}
            ---
            Body with <script>alert(5)</script> inline and a [link](https://example.org/"onclick="x).

            <div onclick="alert(6)">raw block</div>
            """);
        temp.Write($"input/briefings/{SiteBuilder.Slug}/annotations.yml", $"""
            annotations:
              - id: body
                quote: Body with
                note: {yamlPayload[..^1]} [@hostile]"
            """);
        temp.Write("input/sources.yml", $"""
            references:
              - id: hostile
                type: article-journal
                title: {yamlPayload}
                container-title: {yamlPayload}
                author:
                  - literal: {yamlPayload}
                publisher: {yamlPayload}
                issued: 2008
                URL: https://example.org/"onmouseover="alert(7)
            """);

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(temp.Path, "output"), "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            // Only the JSON-LD data block and the theme's own script files.
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" || (s.GetAttribute("src")?.TrimStart('.', '/').StartsWith("assets/", StringComparison.Ordinal) == true && s.TextContent.Length == 0),
                s.OuterHtml));
            Assert.Empty(document.QuerySelectorAll("img, div[onclick]"));
            Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(document.QuerySelectorAll("[href]"), e => Assert.DoesNotContain("javascript:", e.GetAttribute("href"), StringComparison.OrdinalIgnoreCase));
            if (file.Contains(SiteBuilder.Slug, StringComparison.Ordinal))
            {
                Assert.Contains(Payload, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
                Assert.Contains("<script>alert(5)</script>", document.QuerySelector("[data-verbatim]")!.TextContent, StringComparison.Ordinal);
                Assert.Contains(Payload, document.QuerySelector("[data-editor-notes]")!.TextContent, StringComparison.Ordinal);
                var jsonLd = document.QuerySelector("script[type='application/ld+json']")!.TextContent;
                using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
                Assert.Equal(Payload, json.RootElement.GetProperty("headline").GetString());
            }
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("java\tscript:alert(1)")]
    public void Links_in_the_article_may_not_use_script_or_data_urls(string url)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, $"A [link](<{url}>) here.\n");

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeUrl, error.Code);
        Assert.Equal((16, 3), (error.Line, error.Column));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "output")));
    }
}
