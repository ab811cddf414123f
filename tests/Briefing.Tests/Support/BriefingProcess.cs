using System.Diagnostics;

namespace Briefing.Tests.Support;

/// <summary>Runs the real `briefing` executable as a separate process, as an editor or CI does.</summary>
internal static class BriefingProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(
        string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The machine's own CI settings must not change what the command prints or where it links.
        start.Environment.Remove("GITHUB_ACTIONS");
        start.Environment.Remove("NETLIFY");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("briefing did not finish within two minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
