namespace Briefing.BrowserTests.Support;

/// <summary>The repository's own input/ and theme/, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Briefing.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
