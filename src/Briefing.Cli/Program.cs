using System.Diagnostics.CodeAnalysis;
using Briefing.Cli.Commands;

return CreateApp().Run(args);

// Spectre.Console.Cli reads the commands' settings types by reflection. The published executable is
// native (Native AOT): the project keeps Spectre.Console.Cli and the commands whole for it
// (TrimmerRootAssembly), and the published-executable tests run every command through it.
[UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Commands and settings are rooted; every command is tested in the native build.")]
static CommandApp CreateApp()
{
    var app = new CommandApp();
    app.Configure(config =>
    {
        config.SetApplicationName("briefing");
        config.UseStrictParsing();

        // A command line Spectre cannot parse is a usage error (exit 2); the commands handle their own failures.
        config.SetExceptionHandler((exception, _) => Report.Usage(exception.Message));
        config.AddCommand<BuildCommand>("build").WithDescription("Build the site into the output folder.");
        config.AddCommand<CheckCommand>("check").WithDescription("Run every validation of the build; write nothing.");
        config.AddCommand<PreviewCommand>("preview").WithDescription("Build, serve on 127.0.0.1, rebuild on change and reload the open pages.");
        config.AddCommand<NewCommand>("new").WithDescription("Scaffold a briefing folder: input/briefings/<slug>/.");
        config.AddCommand<DiffCommand>("diff").WithDescription("The editorial change between two git refs or input folders.");
        config.AddCommand<ImportCommand>("import").WithDescription("Start a briefing from a saved page, a text capture or a URL.");
        config.AddCommand<ImportAnnotationsCommand>("import-annotations").WithDescription("Bring in annotations made in a browser (Hypothesis, W3C Web Annotation) as notes.");
    });
    return app;
}
