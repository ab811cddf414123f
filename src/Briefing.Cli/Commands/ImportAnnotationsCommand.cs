using Briefing.Import;

namespace Briefing.Cli.Commands;

internal sealed class ImportAnnotationsCommand : Command<ImportAnnotationsCommand.Settings>
{
    internal sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<file>")]
        [Description("A Hypothesis API export (JSON with rows) or a W3C Web Annotation collection (JSON-LD).")]
        public string File { get; init; } = "";

        [CommandOption("--slug <SLUG>")]
        [Description("The briefing the annotations were made on.")]
        public string Slug { get; init; } = "";

        [CommandOption("--replace")]
        [Description("Replace the briefing's notes instead of adding after them.")]
        public bool Replace { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Slug.Length == 0)
        {
            return Report.Usage("import-annotations needs --slug SLUG: the briefing the annotations were made on.");
        }

        var result = ImportAnnotations.Run(settings.File, settings.Slug, settings.Input, settings.Replace);
        if (result.Usage is { } usage)
        {
            return Report.Usage(usage);
        }

        if (result.ExitCode != 0)
        {
            Console.Error.Write(DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
            Console.Error.WriteLine("Nothing was written.");
            return result.ExitCode;
        }

        Console.Out.WriteLine($"Read {result.Read} annotations: {result.Imported.Length} imported, {result.Skipped.Length} skipped.");
        foreach (var note in result.Imported)
        {
            Console.Out.WriteLine($"  added   {note.Id}: “{Short(note.Quote)}”");
        }

        foreach (var skipped in result.Skipped)
        {
            Console.Out.WriteLine($"  skipped #{skipped.From.Number} “{Short(skipped.From.Quote ?? "")}”: {skipped.Reason}");
        }

        return 0;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
