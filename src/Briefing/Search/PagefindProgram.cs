namespace Briefing.Search;

/// <summary>Finds the pagefind program (npm's <c>pagefind</c> package) that builds the search index.</summary>
internal static class PagefindProgram
{
    public const string Name = "pagefind";

    /// <summary>How a site gets search, for the note a build without pagefind prints.</summary>
    public const string HowToInstall = "npm install -g pagefind@1.6.0";

    /// <summary>The first executable file named pagefind in a folder of PATH; null when there is none.</summary>
    public static string? FindOnPath()
    {
        var names = OperatingSystem.IsWindows() ? new[] { Name + ".cmd", Name + ".exe" } : [Name];
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(candidate => File.Exists(candidate) && (OperatingSystem.IsWindows() || IsExecutable(candidate)));
    }

    private static readonly string[] BinaryNames = ["pagefind_extended", "pagefind"];

    /// <summary>The binary npm's pagefind package runs (node_modules/@pagefind/&lt;platform&gt;/bin), when pagefind is that package's launcher.</summary>
    public static string? NativeBinary(string pagefind)
    {
        var launcher = new FileInfo(pagefind).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(pagefind);
        if (!launcher.EndsWith(Path.Combine("lib", "runner", "bin.cjs"), StringComparison.Ordinal))
        {
            return null;
        }

        var package = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(launcher)!, "..", ".."));
        var platforms = new[] { Path.Combine(package, "node_modules", "@pagefind"), Path.Combine(package, "..", "@pagefind") };
        return platforms.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            .SelectMany(platform => BinaryNames.Select(name => Path.Combine(platform, "bin", name)))
            .FirstOrDefault(File.Exists);
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsExecutable(string file) =>
        (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
