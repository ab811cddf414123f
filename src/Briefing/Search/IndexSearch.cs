using System.ComponentModel;
using System.Diagnostics;

namespace Briefing.Search;

/// <summary>Stage: Pagefind indexes the staged site's data-pagefind-body into pagefind/, swapped in with the pages.</summary>
internal static class IndexSearch
{
    public const string Folder = "pagefind";

    private const string SetPriv = "/usr/bin/setpriv";

    /// <summary>Runs <paramref name="pagefind"/> over <paramref name="site"/>; false, with an error, when it failed.</summary>
    public static bool Run(string pagefind, string site, DiagnosticBag diagnostics)
    {
        // Pagefind's own binary, not npm's launcher that outlives a killed build; on Linux setpriv ends it with the build.
        var program = PagefindProgram.NativeBinary(pagefind) ?? pagefind;
        string[] arguments = ["--site", site, "--output-subdir", Folder, "--keep-index-url", "--quiet"];
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

            Fail(pagefind, $"it exited with code {process.ExitCode}: {LastLines(errors.Result + output.Result)}", diagnostics);
        }
        catch (Win32Exception ex)
        {
            Fail(pagefind, ex.Message, diagnostics);
        }

        return false;
    }

    private static void Fail(string pagefind, string why, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SearchIndexFailed, SourceLocation.WholeFile(pagefind),
            $"The search index could not be made: {why}",
            $"Reinstall Pagefind ({PagefindProgram.HowToInstall}), or build with --no-search."));

    private static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "it printed nothing." : string.Join(" ", lines.TakeLast(3));
    }
}
