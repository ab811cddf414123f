using System.Diagnostics;

namespace Briefing.Cli.Commands;

internal sealed class BuildCommand : Command<BuildCommand.Settings>
{
    internal sealed class Settings : OutputSettings
    {
        [CommandOption("--no-cache")]
        [Description("Build everything, without .briefing-cache/ (beside the output folder), which otherwise lets a build redo only what changed.")]
        public bool NoCache { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("The site's absolute base URL; overrides site.yml and Netlify's URL.")]
        public string? BaseUrl { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.BaseUrl is { } baseUrl && !Loading.LoadSite.IsAbsoluteHttpUrl(baseUrl))
        {
            return Report.Usage($"--base-url must be an absolute http or https URL, not '{baseUrl}'.");
        }

        var clock = Stopwatch.StartNew();

        var options = settings.Build(settings.BaseUrl, useCache: !settings.NoCache);
        var result = Report.Guard(() => BuildSite.Run(options));
        if (result is null)
        {
            return (int)ExitCode.UnexpectedFailure;
        }

        var exit = Report.Show(result, DiagnosticFormat.Human);
        if (result.ExitCode == ExitCode.Success)
        {
            var search = result.SearchTime is { } time ? $", the search index in {(long)time.TotalMilliseconds} ms" : "";
            Console.Error.WriteLine(
                $"Built {result.Briefings} {(result.Briefings == 1 ? "briefing" : "briefings")} with {result.Notes} notes into {settings.Output}/ ({result.Files} files) in {clock.ElapsedMilliseconds} ms{search}.");
        }
        else if (result.ExitCode == ExitCode.ContentErrors)
        {
            Console.Error.WriteLine($"Build failed; {settings.Output}/ was left as it was.");
        }

        return exit;
    }
}
