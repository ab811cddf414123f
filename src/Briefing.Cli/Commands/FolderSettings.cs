namespace Briefing.Cli.Commands;

/// <summary>The folders every command takes.</summary>
internal class FolderSettings : CommandSettings
{
    [CommandOption("--input <FOLDER>")]
    [Description("The content folder (default: input).")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <FOLDER>")]
    [Description("The theme folder (default: theme).")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";
}
