using Briefing.Cli.Commands;
using Spectre.Console.Cli;

namespace Briefing.Tests.Cli;

/// <summary>
/// A plain `briefing build` command line is read without Spectre.Console.Cli (<see cref="BuildCommand.ReadPlain"/>):
/// what it reads must be what Spectre reads, and anything else must be left to Spectre.
/// </summary>
public sealed class PlainBuildCommandLineTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("build", "--no-cache")]
    [InlineData("build", "--input", "content", "--theme", "../theme", "--output", "/tmp/site out")]
    [InlineData("build", "--output", "public", "--no-cache", "--base-url", "https://example.org/sub")]
    [InlineData("build", "--base-url", "ftp://example.org", "--input", "in")]
    [InlineData("build", "--theme", "t", "--input", "i", "--no-cache", "--output", "o", "--base-url", "https://example.org")]
    [InlineData("build", "--input", "é ü/”quoted”")]
    [InlineData("build", "--no-search", "--output", "o")]
    [InlineData("build", "--no-cache", "--no-search")]
    public void A_plain_build_command_line_gives_the_settings_Spectre_gives(params string[] args)
    {
        var plain = BuildCommand.ReadPlain(args);
        Assert.NotNull(plain);
        var spectre = ReadBySpectre(args);
        Assert.NotNull(spectre);
        Assert.Equal(Describe(spectre), Describe(plain));
    }

    [Theory]
    [InlineData]
    [InlineData("check")]
    [InlineData("preview", "--port", "8080")]
    [InlineData("build", "--help")]
    [InlineData("build", "-h")]
    [InlineData("build", "--input")]
    [InlineData("build", "--input", "")]
    [InlineData("build", "--input", "--no-cache")]
    [InlineData("build", "--input=content")]
    [InlineData("build", "--input", "a", "--input", "b")]
    [InlineData("build", "--no-cache", "--no-cache")]
    [InlineData("build", "--unknown", "x")]
    [InlineData("build", "stray")]
    [InlineData("build", "--output", "-dash")]
    [InlineData("Build")]
    public void Any_other_command_line_is_left_to_Spectre(params string[] args) => Assert.Null(BuildCommand.ReadPlain(args));

    private static string Describe(BuildCommand.Settings s) => $"{s.Input}|{s.Theme}|{s.Output}|{s.BaseUrl ?? "(none)"}|{s.NoCache}|{s.NoSearch}";

    private static BuildCommand.Settings? ReadBySpectre(string[] args)
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
        return Capture.Settings;
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
