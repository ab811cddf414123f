using System.ComponentModel;
using System.Diagnostics;
using Briefing.Diagnostics;
using Spectre.Console.Cli;

namespace Briefing.Cli.Commands;

internal sealed class BuildCommand : Command<BuildCommand.Settings>
{
    internal sealed class Settings : FolderSettings
    {
        [CommandOption("--output <FOLDER>")]
        [Description("Where the site is written (default: output). It is replaced whole, and only when the build succeeds.")]
        [DefaultValue("output")]
        public string Output { get; init; } = "output";

        [CommandOption("--no-cache")]
        [Description("Build everything, without .briefing-cache/ (beside the output folder), which otherwise lets a build redo only what changed.")]
        public bool NoCache { get; init; }

        [CommandOption("--base-url <URL>")]
        [Description("The site's absolute base URL; overrides site.yml and Netlify's URL.")]
        public string? BaseUrl { get; init; }

        [CommandOption("--no-search")]
        [Description("Build without the search index and search box, even where Pagefind (the pagefind program on PATH) is installed.")]
        public bool NoSearch { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) => Run(settings);

    /// <summary>
    /// The settings of a plain <c>build</c> command line (each option at most once, as <c>--name value</c>),
    /// read without Spectre.Console.Cli, whose reading of the commands by reflection would slow every start;
    /// null for any other command line, which Spectre reads (help, errors and all). CommandLineTests
    /// hold the two readings to the same settings.
    /// </summary>
    public static Settings? ReadPlain(string[] args)
    {
        if (args.Length == 0 || args[0] != "build")
        {
            return null;
        }

        string? input = null, theme = null, output = null, baseUrl = null;
        bool noCache = false, noSearch = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--no-cache" && !noCache)
            {
                noCache = true;
                continue;
            }

            if (args[i] == "--no-search" && !noSearch)
            {
                noSearch = true;
                continue;
            }

            // A value that could be read as an option, or an empty one, is left to Spectre.
            if (i + 1 >= args.Length || args[i + 1].Length == 0 || args[i + 1][0] == '-')
            {
                return null;
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--input" when input is null:
                    input = value;
                    break;
                case "--theme" when theme is null:
                    theme = value;
                    break;
                case "--output" when output is null:
                    output = value;
                    break;
                case "--base-url" when baseUrl is null:
                    baseUrl = value;
                    break;
                default:
                    return null;
            }
        }

        return new Settings
        {
            Input = input ?? "input",
            Theme = theme ?? "theme",
            Output = output ?? "output",
            BaseUrl = baseUrl,
            NoCache = noCache,
            NoSearch = noSearch
        };
    }

    public static int Run(Settings settings)
    {
        if (settings.BaseUrl is { } baseUrl && !Loading.LoadSite.IsAbsoluteHttpUrl(baseUrl))
        {
            return Report.Usage($"--base-url must be an absolute http or https URL, not '{baseUrl}'.");
        }

        var clock = Stopwatch.StartNew();

        var options = new BuildOptions(settings.Input, settings.Theme, settings.Output, settings.BaseUrl, UseCache: !settings.NoCache,
            Pagefind: SearchNote.Pagefind(settings.NoSearch));
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
