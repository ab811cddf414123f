using Briefing.Cli.Commands;
using Spectre.Console.Cli;

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
});
return app.Run(args);
