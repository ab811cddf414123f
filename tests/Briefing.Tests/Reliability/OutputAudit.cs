using AngleSharp.Html.Parser;

namespace Briefing.Tests.Reliability;

/// <summary>What no built page may hold, whatever the content: script other than the theme's files, event handlers, script URLs.</summary>
internal static class OutputAudit
{
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];

    public static void HasNoActiveContent(string output)
    {
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json"
                || (s.GetAttribute("src")?.TrimStart('.', '/').StartsWith("assets/", StringComparison.Ordinal) == true && s.TextContent.Length == 0),
                s.OuterHtml));
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, img[onerror], svg script"));
            Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.All(document.QuerySelectorAll("[href], [src], [action]"), e => Assert.All(
                new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action") }.OfType<string>(),
                url => Assert.DoesNotContain(ScriptSchemes, scheme => url.Trim().StartsWith(scheme, StringComparison.OrdinalIgnoreCase))));
        }
    }
}
