using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.EndToEnd;

/// <summary>Builds the repository's own input/ with the real theme and reads the page as a browser would parse it.</summary>
public sealed class SeedSiteTests : IClassFixture<SeedSiteTests.BuiltSite>
{
    private readonly BuiltSite _site;
    private IDocument? _page;

    public SeedSiteTests(BuiltSite site) => _site = site;

    public sealed class BuiltSite : IDisposable
    {
        private readonly TempFolder _temp = new();

        public BuiltSite()
        {
            Output = Path.Combine(_temp.Path, "output");
            Result = BuildSite.Run(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Output));
            PagePath = Path.Combine(Output, "briefings", "china-north-korea-relationship", "index.html");
        }

        public string PagePath { get; }

        public string Output { get; }

        internal BuildResult Result { get; }

        /// <summary>A fresh parse for each test, so that one test's changes to the tree never reach another.</summary>
        public IDocument? Page => File.Exists(PagePath) ? new HtmlParser().ParseDocument(File.ReadAllText(PagePath)) : null;

        public void Dispose() => _temp.Dispose();
    }

    private IDocument Page => _page ??= _site.Page ?? throw new InvalidOperationException(
        "The seed site did not build:\n" + DiagnosticFormatter.Format(_site.Result.Diagnostics, DiagnosticFormat.Human) + _site.Result.UsageError);

    [Fact]
    public void The_seed_site_builds_without_diagnostics()
    {
        Assert.Empty(_site.Result.Diagnostics);
        Assert.Equal(ExitCode.Success, _site.Result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void Verbatim_text_less_markers_equals_the_article_body_character_for_character()
    {
        var verbatim = Page.QuerySelector("[data-verbatim]")!;
        foreach (var marker in verbatim.QuerySelectorAll("a[data-annotation]").ToList())
        {
            marker.Remove();
        }

        var blocks = verbatim.Children.Select(e => e.TextContent).ToList();
        var body = File.ReadAllText(Path.Combine(RepositoryPaths.SeedBriefing, "article.md")).Split("\n---\n", 2)[1];
        var expected = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimStart('#', ' ')).ToList();
        Assert.Equal(expected, blocks);
    }

    [Fact]
    public void The_article_keeps_every_character_of_the_original_capture()
    {
        var seed = Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "EndToEnd", "Capture", "000_1b254e610d591061.txt");
        var capture = File.ReadAllText(seed);
        var verbatim = Page.QuerySelector("[data-verbatim]")!;
        foreach (var marker in verbatim.QuerySelectorAll("a[data-annotation]").ToList())
        {
            marker.Remove();
        }

        var paragraphs = verbatim.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Equal(3, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.Contains(p + "\n", capture, StringComparison.Ordinal));
        Assert.Equal(["Introduction", "Strong Allies"], verbatim.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public void At_least_ten_notes_are_numbered_in_reading_order_and_link_both_ways()
    {
        var markers = Page.QuerySelectorAll("[data-verbatim] a[data-annotation]").ToList();
        Assert.True(markers.Count >= 10, $"only {markers.Count} notes");
        for (var i = 0; i < markers.Count; i++)
        {
            var n = i + 1;
            var marker = markers[i];
            Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), marker.TextContent);
            Assert.Equal($"#note-{n}", marker.GetAttribute("href"));
            Assert.Equal($"ref-{n}", marker.Id);
            Assert.Equal("doc-noteref", marker.GetAttribute("role"));

            var note = Page.QuerySelector($"section[data-editor-notes] li#note-{n}");
            Assert.NotNull(note);
            var back = note.QuerySelector("a[role=doc-backlink]");
            Assert.Equal($"#ref-{n}", back?.GetAttribute("href"));
        }

        Assert.Equal(markers.Count, Page.QuerySelectorAll("section[data-editor-notes] li").Length);
        Assert.Equal("doc-endnotes", Page.QuerySelector("section[data-editor-notes]")!.GetAttribute("role"));
    }

    [Fact]
    public void Every_note_cites_a_source_and_every_source_links_to_the_notes_citing_it()
    {
        var entries = Page.QuerySelectorAll("section[role=doc-bibliography] li").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var links = entry.QuerySelectorAll("small a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.NotNull(Page.QuerySelector("section[data-editor-notes] li" + href)));
        }

        // In the order pandoc --citeproc gives the seed sources with chicago-note-bibliography, not in file order.
        string[] pandoc = ["bbc-north-korea-leaders", "brookings-pollack", "butler-2003", "cia-factbook-north-korea", "cia-factbook-2003",
            "cliffordchance-2017", "cecc-2012", "world101-six-party", "ctbto-2006", "ap-2021", "korea-herald-2023", "crs-r41043",
            "nara-armistice", "guardian-2017", "china-mission-2005", "britannica-kim-il-sung", "britannica-kim-jong-il",
            "peking-review-1961", "unsc-1718", "unsc-2397", "un-sc9679", "un-sc8778", "un-sc8853", "usnwc-history", "vwc-china-intervenes"];
        var keys = entries.Select(e => e.Id!["source-".Length..]).ToList();
        Assert.Equal([.. pandoc.Where(keys.Contains)], keys);
        Assert.All(Page.QuerySelectorAll("section[data-editor-notes] li"), note => Assert.DoesNotContain("[@", note.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_cite_in_short_form_linking_to_the_bibliography_and_the_web_annotations_in_full()
    {
        var notes = Page.QuerySelector("section[data-editor-notes]")!;
        var cites = notes.QuerySelectorAll("li > p a").ToList();
        Assert.NotEmpty(cites);
        Assert.All(cites, a => Assert.NotNull(Page.QuerySelector("section[role=doc-bibliography] li" + a.GetAttribute("href"))));
        Assert.DoesNotContain("http", notes.TextContent, StringComparison.Ordinal);
        Assert.Contains(
            "(Kim, “Vow to Strengthen Ties”)",
            Page.QuerySelector("li#note-1")!.TextContent,
            StringComparison.Ordinal);

        var jsonld = File.ReadAllText(Path.Combine(Path.GetDirectoryName(_site.PagePath)!, "annotations.jsonld"));
        using var json = JsonDocument.Parse(jsonld);
        var first = json.RootElement.GetProperty("first").GetProperty("items")[0].GetProperty("body")[0].GetProperty("value").GetString();
        Assert.Contains(
            "(Hyung-jin Kim, “Leaders of North Korea, China Vow to Strengthen Ties,” Associated Press, Japan Today, July 11, 2021, https://japantoday.com/",
            first,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_with_its_stylesheet_and_script_stays_under_40_KB_before_compression()
    {
        var assets = Page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Equal(2, assets.Count);

        var files = assets.Select(url => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(_site.PagePath)!, url))).Prepend(_site.PagePath).ToList();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 40 * 1024, $"{bytes:N0} bytes: " + string.Join(", ", files.Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length:N0}")));
    }

    [Fact]
    public void The_page_carries_the_copyright_notice_source_link_and_canonical_original()
    {
        var copyright = Page.QuerySelector("[data-copyright]")!.TextContent;
        Assert.Contains("Copyright 2008 by the Council on Foreign Relations.", copyright, StringComparison.Ordinal);
        Assert.Contains("This material is republished on Annotated Briefings with specific permission from the cfr.org.", copyright, StringComparison.Ordinal);
        Assert.DoesNotContain("GlobalSecurity", Page.Body!.TextContent, StringComparison.Ordinal);

        var source = Page.QuerySelector("a[data-source-link]")!;
        Assert.Equal("https://www.cfr.org/backgrounder/china-north-korea-relationship", source.GetAttribute("href"));
        Assert.Equal("Read the rest of this article on the cfr.org website.", source.TextContent.Trim());
        Assert.Equal("https://www.cfr.org/backgrounder/china-north-korea-relationship", Page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_page_holds_its_parts_in_the_order_of_the_design()
    {
        string[] order = [".kicker", "h1", ".byline", ".origin", "[data-verbatim]", "a[data-source-link]", "section[data-editor-notes]", "section[role=doc-bibliography]", "[data-copyright]"];
        var all = Page.All.ToList();
        var positions = order.Select(selector => all.IndexOf(Page.QuerySelector(selector)!)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal("Backgrounder", Page.QuerySelector(".kicker")!.TextContent);
        Assert.Equal("By Jayshree Bajoria, Staff Writer", Page.QuerySelector(".byline")!.TextContent);
        Assert.Contains("June 18, 2008", Page.QuerySelector(".origin")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_ld_describes_the_article_its_original_and_its_rights()
    {
        var script = Page.QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("Article", root.GetProperty("@type").GetString());
        Assert.Equal("Jayshree Bajoria", root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Annotated Briefings", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://www.cfr.org/backgrounder/china-north-korea-relationship", root.GetProperty("isBasedOn").GetProperty("url").GetString());
        Assert.Equal("Council on Foreign Relations", root.GetProperty("copyrightHolder").GetProperty("name").GetString());
        Assert.Equal(2008, root.GetProperty("copyrightYear").GetInt32());
        Assert.Equal(Page.QuerySelectorAll("section[role=doc-bibliography] li").Length, root.GetProperty("citation").GetArrayLength());

        // A cited source is a node named by its URL; one without a URL, a CreativeWork with its title.
        var cited = root.GetProperty("citation").EnumerateArray().ToList();
        Assert.Contains(cited, c => c.TryGetProperty("@id", out var id) && id.GetString() == "https://undocs.org/S/RES/1718(2006)");
        var factbook = Assert.Single(cited, c => !c.TryGetProperty("@id", out _));
        Assert.Equal("CreativeWork", factbook.GetProperty("@type").GetString());
        Assert.Equal("The World Factbook 2003", factbook.GetProperty("name").GetString());
    }
}
