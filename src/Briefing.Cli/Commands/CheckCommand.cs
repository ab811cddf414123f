using System.ComponentModel;
using Briefing.Diagnostics;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class CheckCommand : Command<CheckCommand.Settings>
{
    internal sealed class Settings : FolderSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("human, github or json (default: github when GITHUB_ACTIONS=true, else human).")]
        public string? Format { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var requested = settings.Format ?? (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "human");
        if (!Enum.TryParse<DiagnosticFormat>(requested, ignoreCase: true, out var format) || int.TryParse(requested, out _))
        {
            return Report.Usage($"--format must be human, github or json, not '{requested}'.");
        }

        var result = Report.Guard(() => BuildSite.Run(new BuildOptions(settings.Input, settings.Theme, "output"), write: false));
        return result is null ? (int)ExitCode.UnexpectedFailure : Report.Show(result, format);
    }
}
