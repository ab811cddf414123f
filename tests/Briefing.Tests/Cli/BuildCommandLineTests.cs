using Briefing.Cli.Commands;
using Spectre.Console.Cli;

namespace Briefing.Tests.Cli;

/// <summary>What a `briefing build` command line sets, as the command reads it: each option, in any order, and the defaults.</summary>
public sealed class BuildCommandLineTests
{
    [Theory]
    [InlineData("input|theme|output|(none)|False|False", "build")]
    [InlineData("input|theme|output|(none)|True|False", "build", "--no-cache")]
    [InlineData("content|../theme|/tmp/site out|(none)|False|False", "build", "--input", "content", "--theme", "../theme", "--output", "/tmp/site out")]
    [InlineData("input|theme|public|https://example.org/sub|True|False", "build", "--output", "public", "--no-cache", "--base-url", "https://example.org/sub")]
    [InlineData("i|t|o|https://example.org|True|False", "build", "--theme", "t", "--input", "i", "--no-cache", "--output", "o", "--base-url", "https://example.org")]
    [InlineData("é ü/”quoted”|theme|output|(none)|False|False", "build", "--input", "é ü/”quoted”")]
    [InlineData("content|theme|output|(none)|False|False", "build", "--input=content")]
    [InlineData("input|theme|o|(none)|False|True", "build", "--no-search", "--output", "o")]
    [InlineData("input|theme|output|(none)|True|True", "build", "--no-cache", "--no-search")]
    public void A_build_command_line_gives_its_settings(string expected, params string[] args) => Assert.Equal(expected, Describe(Read(args)));

    private static string Describe(BuildCommand.Settings s) => $"{s.Input}|{s.Theme}|{s.Output}|{s.BaseUrl ?? "(none)"}|{s.NoCache}|{s.NoSearch}";

    private static BuildCommand.Settings Read(string[] args)
    {
        Capture.Settings = null;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.UseStrictParsing();
            config.PropagateExceptions();
            config.AddCommand<Capture>("build");
        });
        Assert.Equal(0, app.Run(args));
        return Capture.Settings!;
    }

    private sealed class Capture : Command<BuildCommand.Settings>
    {
        public static BuildCommand.Settings? Settings { get; set; }

        public override int Execute(CommandContext context, BuildCommand.Settings settings, CancellationToken cancellationToken)
        {
            Settings = settings;
            return 0;
        }
    }
}
