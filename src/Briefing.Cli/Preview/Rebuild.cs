using System.Diagnostics;
using System.Globalization;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Preview;

namespace Briefing.Cli.Preview;

/// <summary>
/// One whole build for the preview (the seed site builds in milliseconds; there is no partial rebuild yet):
/// prints the diagnostics and a one-line summary, then tells the open pages to reload or to show the errors.
/// A failed build writes nothing, so the server goes on serving the last good site.
/// </summary>
internal sealed class Rebuild(BuildOptions options, PreviewEvents events, TextWriter log)
{
    public BuildResult? Run(IReadOnlyList<string> changed)
    {
        var clock = Stopwatch.StartNew();
        BuildResult? result;
        try
        {
            result = BuildSite.Run(options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var inner = ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : ex;
            var failure = new Diagnostic("BRF000", Severity.Error, ContentFile.DisplayPath(options.InputFolder), 0, 0, $"Unexpected failure: {inner.Message}");
            log.WriteLine($"briefing: unexpected failure: {inner}");
            Failed([failure], clock.Elapsed);
            return null;
        }

        if (result.UsageError is not null)
        {
            return result;
        }

        if (result.Diagnostics.Length > 0)
        {
            log.Write(string.Concat(result.Diagnostics.Select(DiagnosticFormatter.Human)));
        }

        if (result.ExitCode != ExitCode.Success)
        {
            Failed(result.Diagnostics, clock.Elapsed);
            return result;
        }

        events.Reload();
        var what = changed.Count == 0 ? "Built" : "Rebuilt";
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.Now:HH:mm:ss} {what} {result.Briefings} {(result.Briefings == 1 ? "briefing" : "briefings")} with {result.Notes} notes ({result.Files} files) in {clock.ElapsedMilliseconds} ms{Changes(changed)}; {DiagnosticFormatter.Summary(result.Diagnostics)}."));
        return result;
    }

    private void Failed(IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        events.Errors(BuildReport.Json(diagnostics));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.Now:HH:mm:ss} Build failed in {elapsed.TotalMilliseconds:0} ms: {DiagnosticFormatter.Summary(diagnostics)}. Still serving the last good site."));
    }

    private static string Changes(IReadOnlyList<string> changed) => changed.Count switch
    {
        0 => "",
        1 => $" after a change to {ContentFile.DisplayPath(changed[0])}",
        _ => string.Create(CultureInfo.InvariantCulture, $" after {changed.Count} changes"),
    };
}
