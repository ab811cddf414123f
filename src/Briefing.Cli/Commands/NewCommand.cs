using Briefing.Loading;
using Briefing.Scaffolding;

namespace Briefing.Cli.Commands;

internal sealed class NewCommand : Command<NewCommand.Settings>
{
    /// <summary>Only --input: a scaffold reads no theme and writes no site.</summary>
    internal sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<slug>")]
        [Description("The briefing's folder name and URL: lower-case letters, digits and hyphens.")]
        public string Slug { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = NewBriefing.Run(settings.Input, settings.Slug, DateOnly.FromDateTime(DateTime.Now));
        if (result.UsageError is { } usage)
        {
            return Report.Usage(usage);
        }

        var folder = ContentFile.DisplayPath(result.Folder!);
        Console.Error.WriteLine($"Created {folder}/article.md and {folder}/annotations.yml.");
        Console.Error.WriteLine("Replace the placeholders with the article and its attribution, then run 'briefing check'.");
        return 0;
    }
}
