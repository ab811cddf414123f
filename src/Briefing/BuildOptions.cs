namespace Briefing;

/// <summary>What the command line asks of a build. Folders are as given (relative to the working folder or absolute).</summary>
/// <param name="UseCache">Whether a build that writes may redo only what changed since the last (the command line's default; tests opt in).</param>
/// <param name="Pagefind">The pagefind program that indexes the site for search; null for a site without search.</param>
internal sealed record BuildOptions(string InputFolder, string ThemeFolder, string OutputFolder, string? BaseUrl = null, bool UseCache = false,
    string? Pagefind = null);

/// <summary>The outcome of a build or a check: an exit code, every diagnostic, and what was made.</summary>
internal sealed record BuildResult(ExitCode ExitCode, ImmutableArray<Diagnostic> Diagnostics, string? UsageError = null, int Briefings = 0, int Notes = 0, int Files = 0)
{
    /// <summary>How long Pagefind took to index the site; null for a build without search.</summary>
    public TimeSpan? SearchTime { get; init; }

    public static BuildResult Usage(string message) => new(ExitCode.UsageError, [], message);
}
