using System.ComponentModel;
using System.Diagnostics;

namespace Briefing.Search;

/// <summary>The pagefind program (npm's <c>pagefind</c> package): found on PATH, it indexes the staged site's data-pagefind-body into pagefind/.</summary>
internal static class PagefindProgram
{
    public const string Name = "pagefind";

    /// <summary>How a site gets search, for the note a build without pagefind prints.</summary>
    public const string HowToInstall = "npm install -g pagefind@1.6.0";

    private const string SetPriv = "/usr/bin/setpriv";

    private static readonly string[] BinaryNames = ["pagefind_extended", "pagefind"];

    /// <summary>The first executable file named pagefind in a folder of PATH; null when there is none.</summary>
    public static string? FindOnPath()
    {
        var names = OperatingSystem.IsWindows() ? new[] { Name + ".cmd", Name + ".exe" } : [Name];
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(candidate => File.Exists(candidate) && (OperatingSystem.IsWindows() || IsExecutable(candidate)));
    }

    /// <summary>Stage: runs <paramref name="pagefind"/> over <paramref name="site"/> (swapped in with the pages); false, with an error, when it failed.</summary>
    public static bool Index(string pagefind, string site, DiagnosticBag diagnostics)
    {
        // Pagefind's own binary, not npm's launcher that outlives a killed build; on Linux setpriv ends it with the build.
        var program = NativeBinary(pagefind) ?? pagefind;
        string[] arguments = ["--site", site, "--output-subdir", "pagefind", "--keep-index-url", "--quiet"];
        var start = OperatingSystem.IsLinux() && File.Exists(SetPriv)
            ? new ProcessStartInfo(SetPriv, ["--pdeathsig", "KILL", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        try
        {
            using var process = Process.Start(start) ?? throw new Win32Exception($"{pagefind} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode == 0)
            {
                return true;
            }

            var lines = (errors.Result + output.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var last = lines.Length == 0 ? "it printed nothing." : string.Join(" ", lines.TakeLast(3));
            Fail(pagefind, $"it exited with code {process.ExitCode}: {last}", diagnostics);
        }
        catch (Win32Exception ex)
        {
            Fail(pagefind, ex.Message, diagnostics);
        }

        return false;
    }

    /// <summary>The binary npm's pagefind package runs (node_modules/@pagefind/&lt;platform&gt;/bin), when pagefind is that package's launcher.</summary>
    private static string? NativeBinary(string pagefind)
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

    private static void Fail(string pagefind, string why, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.WholeFile(pagefind),
            $"The search index could not be made: {why}",
            $"Reinstall Pagefind ({HowToInstall}), or build with --no-search."));

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsExecutable(string file) =>
        (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
