using Briefing.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("briefing");
    config.AddCommand<BuildCommand>("build").WithDescription("Build the site into the output folder.");
    config.AddCommand<CheckCommand>("check").WithDescription("Run every validation of the build; write nothing.");
    config.AddCommand<NewCommand>("new").WithDescription("Scaffold a briefing folder: input/briefings/<slug>/.");
});
return app.Run(args);
