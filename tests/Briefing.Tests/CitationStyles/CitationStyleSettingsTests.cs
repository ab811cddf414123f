using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Citations;
using Briefing.Tests.Support;

namespace Briefing.Tests.CitationStyles;

public sealed class CitationStyleSettingsTests
{
    private const string Site = "title: T\nbase_url: https://example.org\nlanguage: de\n";

    private static (Content.SiteSettings? Site, Diagnostic[] Diagnostics) Load(TempFolder temp, string lines)
    {
        temp.Write("site.yml", Site + lines);
        var diagnostics = new DiagnosticBag();
        var site = LoadSite.Run(temp.Path, diagnostics);
        return (site, [.. diagnostics.ToSortedArray()]);
    }

    [Fact]
    public void Without_citation_settings_an_english_site_uses_the_bundled_default_as_it_is()
    {
        using var temp = new TempFolder();
        temp.Write("site.yml", "title: T\nbase_url: https://example.org\nlanguage: en\n");

        var site = LoadSite.Run(temp.Path, new DiagnosticBag());

        Assert.Null(site!.CitationStyle);
        Assert.Contains("Chicago Manual of Style 17th edition", LoadCitationStyle.Bundled(LoadCitationStyle.DefaultStyle), StringComparison.Ordinal);
        Assert.NotNull(LoadCitationStyle.Bundled("chicago-fullnote-bibliography"));
    }

    [Theory]
    [InlineData("", "de")]
    [InlineData("citation_locale: de-DE\n", "de-DE")]
    public void Without_a_style_the_bundled_chicago_notes_are_written_in_the_citation_locale_else_the_sites_language(string settings, string locale)
    {
        using var temp = new TempFolder();

        var (site, diagnostics) = Load(temp, settings);

        Assert.Empty(diagnostics);
        Assert.Equal((LoadCitationStyle.DefaultStyle, locale), (site!.CitationStyle!.Name, site.CitationStyle.Locale));
        var formatter = Briefing.CitationFormatting.CslFormatter.For(site.CitationStyle);
        var edited = Citations.Sources.Pollan.With("author", null).With("editor", System.Text.Json.Nodes.JsonNode.Parse("""[{"family": "Pollan", "given": "Michael"}]"""));
        var citation = new Briefing.CitationFormatting.NoteCitation([(edited, new Csl.CslCite("pollan"))], 1, false);
        Assert.Contains("hrsg.", formatter.Citations([citation], full: true)[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_bundled_style_by_id_is_compiled_once_with_the_site_language_as_its_locale()
    {
        using var temp = new TempFolder();

        var (site, diagnostics) = Load(temp, "citation_style: chicago-fullnote-bibliography\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("chicago-fullnote-bibliography", "note", "de"), (site!.CitationStyle!.Name, site.CitationStyle.Style.Class, site.CitationStyle.Locale));
    }

    [Fact]
    public void A_csl_file_in_the_input_folder_is_read_with_its_own_locale()
    {
        using var temp = new TempFolder();
        temp.Write("house.csl", LoadCitationStyle.Bundled(LoadCitationStyle.DefaultStyle)!);

        var (site, diagnostics) = Load(temp, "citation_style: house.csl\ncitation_locale: en-GB\n");

        Assert.Empty(diagnostics);
        Assert.Equal(("house.csl", "en-GB"), (site!.CitationStyle!.Name, site.CitationStyle.Locale));
    }

    [Theory]
    [InlineData("citation_style: chicago-note-bibliografy\n", 4, 17, "Did you mean 'chicago-note-bibliography'?")]
    [InlineData("citation_style: missing.csl\n", 4, 17, "Put the .csl file in input/")]
    [InlineData("citation_style: ../outside\n", 4, 17, "Give a .csl file in input/")]
    [InlineData("citation_style: broken.csl\n", 4, 17, "Use a CSL 1.0 style file")]
    [InlineData("citation_locale: xx-YY\n", 4, 18, "Give a language tag")]
    public void A_style_or_locale_that_cannot_be_used_is_one_located_error(string lines, int line, int column, string hint)
    {
        using var temp = new TempFolder();
        temp.Write("broken.csl", "<style xmlns=\"http://purl.org/net/xbiblio/csl\"><citation>");

        var (_, diagnostics) = Load(temp, lines);

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.CitationStyle, Severity.Error, line, column), (error.Code, error.Severity, error.Line, error.Column));
        Assert.StartsWith(hint, error.Hint, StringComparison.Ordinal);
    }
}
