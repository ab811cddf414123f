using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Checking;

public sealed class UnusedSourcesTests
{
    private const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: Cited [@cited].
        """;

    private const string Sources = """
        references:
          - id: cited
            type: book
            title: Cited
          - id: never-cited
            type: book
            title: Never Cited
        """;

    [Fact]
    public void Check_warns_of_a_source_no_note_cites_and_still_succeeds()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations, Sources);

        var result = BuildSite.Run(SiteBuilder.Options(temp), write: false);

        Assert.Equal(ExitCode.Success, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnusedSource, Severity.Warning, 5, 5), (warning.Code, warning.Severity, warning.Line, warning.Column));
        Assert.Contains("'never-cited'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_does_not_report_unused_sources()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations, Sources);

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Empty(result.Diagnostics);
    }
}
