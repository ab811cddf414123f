using Briefing.Links;

namespace Briefing.Cli.Commands;

internal sealed class CheckCommand : Command<CheckCommand.Settings>
{
    private const string LinkCachePath = ".briefing-cache/links.json";

    internal sealed class Settings : FolderSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("human, github or json (default: github when GITHUB_ACTIONS=true, else human).")]
        public string? Format { get; init; }

        [CommandOption("--accept-text <SLUG>")]
        [Description("Record the current text of briefing SLUG as its text_sha256, after a deliberate change, then check.")]
        public string? AcceptText { get; init; }

        [CommandOption("--links")]
        [Description("Also check every external link over HTTP (results kept a day in .briefing-cache/links.json).")]
        public bool Links { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var requested = settings.Format ?? (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "human");
        if (!Enum.TryParse<DiagnosticFormat>(requested, ignoreCase: true, out var format) || int.TryParse(requested, out _))
        {
            return Report.Usage($"--format must be human, github or json, not '{requested}'.");
        }

        if (settings.AcceptText is { } slug && AcceptText(settings.Input, slug) is { } refused)
        {
            return refused;
        }

        var result = Report.Guard(() => BuildSite.Run(new BuildOptions(settings.Input, settings.Theme, "output"), write: false));
        if (result is null)
        {
            return (int)ExitCode.UnexpectedFailure;
        }

        if (settings.Links && result.UsageError is null)
        {
            result = WithLinks(settings.Input, result, format, cancellationToken);
        }

        var exit = Report.Show(result, format);
        if (result.ExitCode == ExitCode.Success)
        {
            // A check that passes says so, and what it looked at: silence would read as nothing having run.
            var line = $"Checked {result.Briefings} {(result.Briefings == 1 ? "briefing" : "briefings")} with {result.Notes} {(result.Notes == 1 ? "note" : "notes")}: {DiagnosticFormatter.Summary(result.Diagnostics)}.";
            Report.Notice(format, "briefing check", line);
        }

        return exit;
    }

    /// <summary>`check --links`: the external links' warnings added to the check's result.</summary>
    private static BuildResult WithLinks(string input, BuildResult result, DiagnosticFormat format, CancellationToken cancellationToken)
    {
        var report = CheckLinks.RunAsync(input, LinkCachePath, new LinkCheckOptions(), cancellationToken).GetAwaiter().GetResult();
        var line = $"Checked {report.Links} external {(report.Links == 1 ? "link" : "links")} "
            + $"({report.FromCache} from {LinkCachePath}, kept a day): "
            + $"{report.Diagnostics.Count} {(report.Diagnostics.Count == 1 ? "warning" : "warnings")}.";
        Report.Notice(format, "briefing check --links", line);

        var all = new DiagnosticBag();
        foreach (var diagnostic in result.Diagnostics.Concat(report.Diagnostics))
        {
            all.Add(diagnostic);
        }

        return result with { Diagnostics = all.ToSortedArray() };
    }

    /// <summary>Writes the article's text_sha256; an exit code when that cannot be done.</summary>
    private static int? AcceptText(string input, string slug)
    {
        var article = Path.Combine(input, "briefings", slug, "article.md");
        if (!Loading.LoadAnnotations.IsValidId(slug) || !File.Exists(article))
        {
            return Report.Usage($"--accept-text names no briefing: there is no {article}.");
        }

        var diagnostics = new DiagnosticBag();
        try
        {
            var hash = Loading.TextFingerprint.Accept(input, article, diagnostics);
            Console.Error.WriteLine($"Recorded text_sha256: {hash} in {Loading.ContentFile.DisplayPath(article)}.");
            return null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.Write(DiagnosticFormatter.Format(diagnostics.ToSortedArray(), DiagnosticFormat.Human));
            return Report.Usage($"Cannot record the text's hash: {ex.Message}");
        }
    }
}
