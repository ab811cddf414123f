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
        Assert.Equal(("Washington, DC", "The White House", "Read on television."), (item.PublisherPlace, item.Publisher, item.Note));
        Assert.Equal(("Bush", "George W."), (item.Author.Single().Family, item.Author.Single().Given));
        Assert.Equal(new Content.CslDate(2006, 10, 9), item.Issued);
    }
}
