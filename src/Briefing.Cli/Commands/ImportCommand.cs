using Briefing.Import;

namespace Briefing.Cli.Commands;

internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    internal sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<source>")]
        [Description("A saved page (.html, .htm), a text capture (.txt) or an http(s) URL.")]
        public string Source { get; init; } = "";

        [CommandOption("--slug <SLUG>")]
        [Description("The new briefing's folder name and URL: lower-case letters, digits and hyphens.")]
        public string Slug { get; init; } = "";

        [CommandOption("--source-url <URL>")]
        [Description("The original's address, when the page does not say it (its canonical link) or says another.")]
        public string? SourceUrl { get; init; }

        [CommandOption("--force")]
        [Description("Replace the article of an existing briefing (its notes are kept).")]
        public bool Force { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Slug.Length == 0)
        {
            return Report.Usage("import needs --slug SLUG: the new briefing's folder name.");
        }

        var request = new ImportRequest(settings.Source, settings.Slug, settings.Input, settings.SourceUrl, settings.Force);
        var result = await ImportBriefing.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == 2)
        {
            return Report.Usage(result.Message);
        }

        (result.ExitCode == 0 ? Console.Out : Console.Error).Write(result.ExitCode == 0 ? result.Message : $"briefing: {result.Message}\n");
        return result.ExitCode;
    }
}
