using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Site;

/// <summary>The site-wide outputs of DESIGN.md, built from the repository's own input/ and theme/.</summary>
public sealed class SiteWideOutputTests : IDisposable
{
    private const string Slug = "china-north-korea-relationship";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Build(string name, string? baseUrl = null)
    {
        var output = Path.Combine(_temp.Path, name);
        var result = BuildSite.Run(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, output, baseUrl));
        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        return output;
    }

    [Fact]
    public void The_build_writes_every_output_the_design_lists()
    {
        var output = Build("output");
        string[] expected =
        [
            "index.html", $"briefings/{Slug}/index.html", $"briefings/{Slug}/annotations.jsonld",
            "topics/china/index.html", "topics/north-korea/index.html", "topics/nuclear-weapons/index.html",
            "about/index.html", "sitemap.xml", "feed.xml", "robots.txt", "404.html",
        ];
        Assert.All(expected, path => Assert.True(File.Exists(Path.Combine(output, path)), path));
        var assets = Directory.GetFiles(Path.Combine(output, "assets")).Select(Path.GetFileName).ToList();
        Assert.Contains(assets, a => System.Text.RegularExpressions.Regex.IsMatch(a!, @"^site\.[0-9a-f]{10}\.css$"));
        Assert.Contains(assets, a => System.Text.RegularExpressions.Regex.IsMatch(a!, @"^notes\.[0-9a-f]{10}\.js$"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_identical_byte_for_byte()
    {
        Assert.Equal(Snapshot(Build("one")), Snapshot(Build("two")));
    }

    [Fact]
    public void Sitemap_feed_robots_and_social_tags_use_absolute_urls_on_the_chosen_base_url()
    {
        var output = Build("output", "https://preview.example/");
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Load(Path.Combine(output, "sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains($"https://preview.example/briefings/{Slug}/", locs);
        Assert.Contains("https://preview.example/about/", locs);
        Assert.All(locs, l => Assert.StartsWith("https://preview.example/", l, StringComparison.Ordinal));
        Assert.DoesNotContain(locs, l => l.Contains("404", StringComparison.Ordinal));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(output, "feed.xml")).Root!;
        Assert.Equal("2008-06-18T00:00:00Z", feed.Element(atom + "updated")!.Value);
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.Equal($"https://preview.example/briefings/{Slug}/", entry.Element(atom + "id")!.Value);
        Assert.All(feed.Descendants(atom + "link"), l => Assert.StartsWith("https://", l.Attribute("href")!.Value, StringComparison.Ordinal));

        Assert.Contains("Sitemap: https://preview.example/sitemap.xml", File.ReadAllText(Path.Combine(output, "robots.txt")), StringComparison.Ordinal);

        foreach (var page in new[] { "index.html", $"briefings/{Slug}/index.html", "topics/china/index.html", "about/index.html" })
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, page)));
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), page);
            Assert.StartsWith("https://", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
            Assert.StartsWith("https://preview.example/", document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"), StringComparison.Ordinal);
            Assert.NotNull(document.QuerySelector("meta[property='og:title']"));
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[property='og:description']")?.GetAttribute("content")), page);

            // X reads a card's title and description from og:title and og:description when the
            // twitter: tags are absent (developer.x.com/cards/markup), so only the card type is given.
            Assert.Equal("summary", document.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void Annotations_jsonld_is_a_web_annotation_collection_with_a_text_quote_selector_per_note()
    {
        var output = Build("output");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "briefings", Slug, "annotations.jsonld")));
        var root = json.RootElement;
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var page = root.GetProperty("first");
        Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(15, items.Count);
        Assert.Equal(15, root.GetProperty("total").GetInt32());

        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "briefings", Slug, "index.html")));
        var text = html.QuerySelector("[data-verbatim]")!.TextContent;
        foreach (var item in items)
        {
            Assert.Equal("Annotation", item.GetProperty("type").GetString());
            var bodies = item.GetProperty("body");
            Assert.Equal(["TextualBody", "TextualBody"], bodies.EnumerateArray().Select(b => b.GetProperty("type").GetString()));
            Assert.Equal(["text/plain", "text/markdown"], bodies.EnumerateArray().Select(b => b.GetProperty("format").GetString()));
            Assert.DoesNotContain("<", bodies[0].GetProperty("value").GetString(), StringComparison.Ordinal);
            Assert.Contains("annotations.jsonld#", item.GetProperty("canonical").GetString(), StringComparison.Ordinal);
            var target = item.GetProperty("target");
            Assert.Equal($"https://annotated-briefings.netlify.app/briefings/{Slug}/", target.GetProperty("source").GetString());
            var selector = target.GetProperty("selector");
            Assert.Equal("TextQuoteSelector", selector.GetProperty("type").GetString());
            var exact = selector.GetProperty("exact").GetString()!;
            Assert.False(string.IsNullOrEmpty(exact));
            Assert.Contains(exact, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_briefing_page_offers_citations_of_the_original_and_of_this_edition()
    {
        var output = Build("output");
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "briefings", Slug, "index.html")));
        var citations = document.QuerySelectorAll(".cite .citation").Select(c => c.TextContent).ToList();
        Assert.Equal(2, citations.Count);
        Assert.Equal("Bajoria, Jayshree. “The China-North Korea Relationship.” Council on Foreign Relations, June 18, 2008. https://www.cfr.org/backgrounder/china-north-korea-relationship.", citations[0]);
        Assert.Equal("Bajoria, Jayshree. “The China-North Korea Relationship.” Annotated edition with editor’s notes, originally published by Council on Foreign Relations. "
            + $"Annotated Briefings, June 18, 2008. https://annotated-briefings.netlify.app/briefings/{Slug}/.", citations[1]);
        var bibtex = document.QuerySelector(".cite pre")!.TextContent;
        Assert.Contains("@misc{bajoria2008china,", bibtex, StringComparison.Ordinal);
        Assert.Contains("author = {Bajoria, Jayshree},", bibtex, StringComparison.Ordinal);
    }

    private static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }
}
