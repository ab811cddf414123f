using System.Diagnostics;
using System.Globalization;
using Briefing.Cli.Commands;
using Briefing.Loading;
using Briefing.Preview;

namespace Briefing.Cli.Preview;

/// <summary>A preview rebuild: an edited briefing's page first, then the whole site; a failed build writes nothing.</summary>
internal sealed class Rebuild(BuildOptions options, PreviewEvents events, TextWriter log)
{
    private bool _lastGood;

    public BuildResult? Run(IReadOnlyList<string> changed)
    {
        if (_lastGood && RebuildBriefing.EditedFolder(options, changed) is { } folder)
        {
            var clock = Stopwatch.StartNew();
            var (fast, page) = Report.Guard(() => RebuildBriefing.Run(options, folder), ex => Unexpected(ex, clock));
            if (fast is null || !Succeeded(fast, clock))
            {
                return fast;
            }

            events.Reload(["/" + page]);
            Summary($"Rebuilt {Path.GetFileName(folder)} ({page}) in {clock.ElapsedMilliseconds} ms{Changes(changed)}; the whole site follows", fast);
        }

        var full = Stopwatch.StartNew();
        var writer = new ComparingWriter(options.OutputFolder);
        var wasGood = _lastGood;
        var result = Report.Guard(() => BuildSite.Run(options, writer: writer.Write), ex => Unexpected(ex, full));
        if (result is null || result.UsageError is not null || !Succeeded(result, full))
        {
            return result;
        }

        // After a failed build every open page shows the errors: all of them reload.
        events.Reload(wasGood ? [.. writer.Changed.Select(p => "/" + p)] : null);
        var what = changed.Count == 0 ? "Built" : "Rebuilt";
        Summary($"{what} {result.Briefings} {(result.Briefings == 1 ? "briefing" : "briefings")} with {result.Notes} notes ({result.Files} files, {writer.Changed.Count} changed) in {full.ElapsedMilliseconds} ms{Changes(changed)}", result);
        return result;
    }

    private void Unexpected(Exception ex, Stopwatch clock)
    {
        log.WriteLine($"briefing: unexpected failure: {ex}");
        Failed([new Diagnostic("BRF000", Severity.Error, ContentFile.DisplayPath(options.InputFolder), 0, 0, $"Unexpected failure: {ex.Message}")], clock);
    }

    private bool Succeeded(BuildResult result, Stopwatch clock)
    {
        log.Write(string.Concat(result.Diagnostics.Select(DiagnosticFormatter.Human)));
        if (result.ExitCode == ExitCode.Success)
        {
            _lastGood = true;
            return true;
        }

        Failed(result.Diagnostics, clock);
        return false;
    }

    private void Failed(IReadOnlyList<Diagnostic> diagnostics, Stopwatch clock)
    {
        _lastGood = false;
        events.Errors(diagnostics);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.Now:HH:mm:ss} Build failed in {clock.ElapsedMilliseconds} ms: {DiagnosticFormatter.Summary(diagnostics)}. Still serving the last good site."));
    }

    private void Summary(string text, BuildResult result) =>
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.Now:HH:mm:ss} {text}; {DiagnosticFormatter.Summary(result.Diagnostics)}."));

    private static string Changes(IReadOnlyList<string> changed) => changed.Count switch
    {
        0 => "",
        1 => $" after a change to {ContentFile.DisplayPath(changed[0])}",
        _ => string.Create(CultureInfo.InvariantCulture, $" after {changed.Count} changes"),
    };
}
