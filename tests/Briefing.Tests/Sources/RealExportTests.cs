using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Sources;

public sealed class RealExportTests
{
    private const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: See [@pritchard2007; @nicaragua1986; @cha2006].
        """;

    private static string Site(TempFolder temp, string? extraSource = null)
    {
        var input = SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations, RealExports.BetterBibTexYaml + (extraSource ?? ""));
        temp.Write($"input/briefings/{SiteBuilder.Slug}/sources.json", RealExports.ZoteroJson);
        return input;
    }

    [Fact]
    public void A_build_takes_zotero_better_bibtex_and_juris_m_exports_as_exported()
    {
        using var temp = new TempFolder();
        Site(temp);

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Check_lists_each_key_csl_does_not_define_as_a_located_warning_without_a_guess()
    {
        using var temp = new TempFolder();
        Site(temp);

        var result = BuildSite.Run(SiteBuilder.Options(temp), write: false);

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.UnknownKey, Severity.Warning), (d.Code, d.Severity)));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("Did you mean", d.Hint, StringComparison.Ordinal));
        var keys = result.Diagnostics.Select(d => (d.Message.Split('\'')[1], Path.GetFileName(d.File), d.Line, d.Column));
        Assert.Equal(
            [("file", "sources.yml", 4, 5), ("system_id", "sources.yml", 11, 5), ("multi", "sources.yml", 12, 5), ("multi", "sources.yml", 23, 9),
             ("key", "sources.json", 4, 5), ("file", "sources.json", 6, 5)],
            keys.OrderBy(k => k.Item2 == "sources.json").ThenBy(k => k.Line));
    }

    [Fact]
    public void A_near_miss_of_a_csl_key_is_a_warning_with_its_hint_and_the_build_goes_on()
    {
        using var temp = new TempFolder();
        Site(temp, "\n  - id: misspelt\n    type: book\n    tittle: A Book\n");

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.Success, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownKey, Severity.Warning, 29, 5), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Equal("Did you mean 'title'?", warning.Hint);
    }

    [Fact]
    public void Every_csl_variable_of_an_exported_source_reaches_the_page_and_its_note_lines_too()
    {
        using var temp = new TempFolder();
        Site(temp, """

              - id: weber1905
                citation-key: weber1905
                file: /home/editor/Zotero/storage/ZX12/weber.pdf
                type: book
                title: The Protestant Ethic and the Spirit of Capitalism
                author: [{ family: Weber, given: Max }]
                original-date: 1905
                publisher: Routledge
                issued: 2001
                note: "publisher-place: London"
              - id: perry2006
                type: interview
                title: Interview with William J. Perry
                author: [{ family: Perry, given: William J. }]
                interviewer: [{ family: Gwertzman, given: Bernard }]
                container-title: Council on Foreign Relations
                issued: 2006-10-11
            """);
        temp.Write($"input/briefings/{SiteBuilder.Slug}/annotations.yml", Annotations.Replace("@cha2006]", "@cha2006; @weber1905; @perry2006]", StringComparison.Ordinal));

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html")));
        var entries = page.QuerySelectorAll("[role=doc-bibliography] li").Select(li => li.TextContent).ToList();
        Assert.Contains(entries, e => e.StartsWith("Weber, Max. The Protestant Ethic and the Spirit of Capitalism. 1905. Reprint, London: Routledge, 2001.", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("Perry, William J. Interview with William J. Perry. Interview by Bernard Gwertzman. Council on Foreign Relations, October 11, 2006.", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_value_lines_in_a_note_are_read_as_csl_variables_and_the_item_own_win()
    {
        using var temp = new TempFolder();
        temp.Write("sources.yml", """
            references:
              - id: speech
                type: speech
                title: Statement on the Nuclear Test
                publisher: The White House
                note: |-
                  publisher-place: Washington, DC
                  publisher: Not this one
                  author: Bush || George W.
                  issued: 2006-10-09
                  Read on television.
            """);
        var diagnostics = new DiagnosticBag();

        var item = LoadSources.Run(temp.Path, Content.SourceLibrary.Empty, diagnostics).Sources["speech"].Item;

        Assert.Empty(diagnostics.ToSortedArray());
        var read = item.ForProcessor();
        Assert.Equal(("Washington, DC", "The White House", "Read on television."), (read.Variable("publisher-place"), read.Variable("publisher"), read.Variable("note")));
        var entry = Assert.Single(Briefing.CitationFormatting.CslFormatter.For(null).Bibliography([item])).Html;
        Assert.StartsWith("Bush, George W.", entry, StringComparison.Ordinal);
        Assert.Contains("October 9, 2006", entry, StringComparison.Ordinal);
    }
}
