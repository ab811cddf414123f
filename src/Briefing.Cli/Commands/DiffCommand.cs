using Briefing.Review;

namespace Briefing.Cli.Commands;

internal sealed class DiffCommand : Command<DiffCommand.Settings>
{
    /// <summary>Only --input: a diff reads content, not the theme, and writes no site.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<base>")]
        [Description("The side to compare from: a git ref (main, origin/main, a commit) or an input folder.")]
        public string Base { get; init; } = "";

        [CommandArgument(1, "[head]")]
        [Description("The side to compare to: a git ref or an input folder (default: the input folder as it is).")]
        public string? Head { get; init; }

        [CommandOption("--input <FOLDER>")]
        [Description("The content folder (default: input); a git ref's copy of it is compared.")]
        [DefaultValue("input")]
        public string Input { get; init; } = "input";

        [CommandOption("--format <FORMAT>")]
        [Description("human, markdown or json (default: human).")]
        [DefaultValue("human")]
        public string Format { get; init; } = "human";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Format is not ("human" or "markdown" or "json"))
        {
            return Report.Usage($"--format must be human, markdown or json, not '{settings.Format}'.");
        }

        try
        {
            var diff = ReviewChange.Run(settings.Input, settings.Base, settings.Head);
            if (settings.Format == "human")
            {
                DiffHuman.Write(diff);
            }
            else
            {
                Console.Out.Write(settings.Format == "json" ? DiffJson.Format(diff) : DiffMarkdown.Format(diff));
            }

            return (int)ExitCode.Success;
        }
        catch (GitInputException ex)
        {
            return Report.Usage(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"briefing: unexpected failure: {ex.Message}");
            Console.Error.WriteLine(ex.ToString());
            return (int)ExitCode.UnexpectedFailure;
        }
    }
}
