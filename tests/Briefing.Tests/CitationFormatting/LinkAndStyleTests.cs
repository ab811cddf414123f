using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Testing;
using Briefing.Tests.Support;

namespace Briefing.Tests.CitationFormatting;

/// <summary>Through the build: DOIs and URLs in the bibliography as links, and a site's own style for the notes and "Cite this briefing".</summary>
public sealed class LinkAndStyleTests
{
    private const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: See [@cha2006].
        """;

    private const string Sources = """
        references:
          - id: cha2006
            type: article-journal
            title: Korea's Nuclear Test
            container-title: Survival
            volume: 48
            page: 27-44
            DOI: https://doi.org/10.1080/00396330601062741
            URL: https://www.tandfonline.com/doi/full/10.1080/00396330601062741?a=1&b=2
            author: [{ family: Cha, given: Victor D. }]
            issued: 2006-12-01
        """;

    /// <summary>A style of its own: the DOI written after "doi:", and the URL.</summary>
    private const string HouseStyle = """
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>House</title><id>house</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation><layout prefix="(" suffix=")"><text variable="title"/></layout></citation>
          <bibliography><layout suffix=".">
            <group delimiter=". "><text variable="title"/><text variable="DOI" prefix="doi:"/><text variable="URL"/></group>
          </layout></bibliography>
        </style>
        """;

    private static (BuildResult Result, AngleSharp.Html.Dom.IHtmlDocument Page) Build(TempFolder temp, string siteLines = "")
    {
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations, Sources);
        temp.Write("input/site.yml", SiteBuilder.SiteYml + "\n" + siteLines);
        temp.Write("input/house.csl", HouseStyle);
        var result = BuildSite.Run(SiteBuilder.Options(temp));
        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        var page = Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html");
        return (result, new HtmlParser().ParseDocument(File.ReadAllText(page)));
    }

    [Fact]
    public void A_doi_links_to_doi_org_once_however_it_was_exported_and_the_url_links_to_itself()
    {
        using var temp = new TempFolder();

        var (_, page) = Build(temp, "citation_style: house.csl\n");

        var links = page.QuerySelectorAll("[role=doc-bibliography] li > a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(
            [("https://doi.org/10.1080/00396330601062741", "10.1080/00396330601062741"),
             ("https://www.tandfonline.com/doi/full/10.1080/00396330601062741?a=1&b=2", "https://www.tandfonline.com/doi/full/10.1080/00396330601062741?a=1&b=2")],
            links);
        var entry = page.QuerySelector("[role=doc-bibliography] li")!;
        entry.QuerySelector("small")!.Remove();
        Assert.Equal("Korea’s Nuclear Test. doi:10.1080/00396330601062741. https://www.tandfonline.com/doi/full/10.1080/00396330601062741?a=1&b=2.",
            entry.TextContent.Trim());
    }

    [Fact]
    public void The_default_chicago_entry_links_the_doi_as_pandoc_writes_it()
    {
        using var temp = new TempFolder();

        var (_, page) = Build(temp);

        var link = page.QuerySelector("[role=doc-bibliography] li a[href^='https://doi.org/']");
        Assert.Equal("https://doi.org/10.1080/00396330601062741", link?.GetAttribute("href"));
        Assert.Equal("https://doi.org/10.1080/00396330601062741", link?.TextContent);
    }

    [PandocFact("apa")]
    public void A_site_style_formats_the_notes_and_cite_this_briefing()
    {
        using var temp = new TempFolder();

        var (_, page) = Build(temp, "citation_style: apa\n");

        Assert.Equal("See (Cha, 2006).", page.QuerySelector("[data-editor-notes] li p")!.TextContent);
        Assert.Equal("Writer, A. (2008, June 18). A Test Article. Example Publisher. https://example.org/article",
            page.QuerySelector(".cite .citation")!.TextContent);
    }
}
