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

/// <summary>What `build` and `preview` take besides the folders: where the site goes, and whether it has search.</summary>
internal class OutputSettings : FolderSettings
{
    [CommandOption("--output <FOLDER>")]
    [Description("Where the site is written (default: output). It is replaced whole, and only when the build succeeds.")]
    [DefaultValue("output")]
    public string Output { get; init; } = "output";

    [CommandOption("--no-search")]
    [Description("Build without the search index and search box, even where Pagefind (the pagefind program on PATH) is installed.")]
    public bool NoSearch { get; init; }

    /// <summary>The build these settings ask for; without --no-search, a note when Pagefind is missing.</summary>
    public BuildOptions Build(string? baseUrl = null, bool useCache = false) =>
        new(Input, Theme, Output, baseUrl, useCache, SearchNote.Pagefind(NoSearch));
}
