using Briefing.Search;

namespace Briefing.Cli.Commands;

/// <summary>The content folder, which every command takes.</summary>
internal class InputSettings : CommandSettings
{
    [CommandOption("--input <FOLDER>")]
    [Description("The content folder (default: input).")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";
}

/// <summary>The folders a build reads.</summary>
internal class FolderSettings : InputSettings
{
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

    /// <summary>The build these settings ask for: search when Pagefind is on PATH; else, unless --no-search, a note on adding it.</summary>
    public BuildOptions Build(string? baseUrl = null, bool useCache = false)
    {
        var pagefind = NoSearch ? null : PagefindProgram.FindOnPath();
        if (pagefind is null && !NoSearch)
        {
            Console.Error.WriteLine($"briefing: the site has no search: Pagefind is not installed (no '{PagefindProgram.Name}' on PATH). "
                + $"To add search, install it ({PagefindProgram.HowToInstall}) and build again; "
                + "--no-search builds without it and without this note.");
        }

        return new(Input, Theme, Output, baseUrl, useCache, pagefind);
    }
}
