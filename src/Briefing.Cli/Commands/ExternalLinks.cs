using Briefing.Links;

namespace Briefing.Cli.Commands;

/// <summary>`check --links`: the external links' warnings added to the check's result.</summary>
internal static class ExternalLinks
{
    public const string CachePath = ".briefing-cache/links.json";

    public static BuildResult Check(string input, BuildResult result, DiagnosticFormat format, CancellationToken cancellationToken)
    {
        var report = CheckLinks.RunAsync(input, CachePath, new LinkCheckOptions(), cancellationToken).GetAwaiter().GetResult();
        var line = $"Checked {report.Links} external {(report.Links == 1 ? "link" : "links")} ({report.FromCache} from {CachePath}, kept a day): "
            + $"{report.Diagnostics.Count} {(report.Diagnostics.Count == 1 ? "warning" : "warnings")}.";
        Report.Notice(format, "briefing check --links", line);

        var all = new DiagnosticBag();
        foreach (var diagnostic in result.Diagnostics.Concat(report.Diagnostics))
        {
            all.Add(diagnostic);
        }

        return result with { Diagnostics = all.ToSortedArray() };
    }
}
