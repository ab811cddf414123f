using Briefing.Diagnostics;

namespace Briefing.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void GitHub_annotations_escape_data_and_properties_as_github_requires()
    {
        var diagnostic = new Diagnostic("BRF012", Severity.Error, "input/a,b:c.yml", 3, 12, "100% wrong\nline", "fix: it");

        var text = DiagnosticFormatter.GitHub(diagnostic);

        Assert.Equal("::error file=input/a%2Cb%3Ac.yml,line=3,col=12,title=BRF012::100%25 wrong%0Aline%0Afix: it", text);
    }

    [Fact]
    public void A_warning_is_a_github_warning()
    {
        var diagnostic = new Diagnostic("BRF024", Severity.Warning, "x.yml", 0, 0, "unused", null);

        Assert.Equal("::warning file=x.yml,title=BRF024::unused", DiagnosticFormatter.GitHub(diagnostic));
    }

    [Fact]
    public void The_summary_counts_errors_and_warnings()
    {
        Diagnostic[] all =
        [
            new("BRF001", Severity.Error, "a", 1, 1, "m"),
            new("BRF002", Severity.Error, "a", 2, 1, "m"),
            new("BRF024", Severity.Warning, "a", 3, 1, "m"),
        ];

        Assert.Equal("2 errors, 1 warning", DiagnosticFormatter.Summary(all));
    }
}
