using Briefing.Search;

namespace Briefing.Cli.Commands;

/// <summary>Whether a build gets search: Pagefind on PATH, unless --no-search. Without it, one plain note says so and how to add it.</summary>
internal static class SearchNote
{
    public static string? Pagefind(bool noSearch)
    {
        var pagefind = noSearch ? null : PagefindProgram.FindOnPath();
        if (pagefind is null && !noSearch)
        {
            Console.Error.WriteLine(
                $"briefing: the site has no search: Pagefind is not installed (no '{PagefindProgram.Name}' on PATH). To add search, install it "
                + $"({PagefindProgram.HowToInstall}) and build again; --no-search builds without it and without this note.");
        }

        return pagefind;
    }
}
