using System.Diagnostics;

namespace Briefing.Tests.Support;

/// <summary>Runs the real `briefing` executable as a separate process, as an editor or CI does.</summary>
internal static class BriefingProcess
{
    /// <summary>The command as the tests build it: briefing.dll beside the test assembly, run by dotnet.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(
        string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunExecutable("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), .. arguments], workingFolder, environment);

    /// <summary>Any executable form of the command (the published native one, say), with the same environment rules.</summary>
    public static (int Exit, string Stdout, string Stderr) RunExecutable(
        string executable, IReadOnlyList<string> arguments, string workingFolder, IReadOnlyDictionary<string, string> environment)
    {
        var start = Start(executable, arguments, workingFolder, environment);
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

    public static ProcessStartInfo Start(
        string executable, IReadOnlyList<string> arguments, string workingFolder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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

        return start;
    }

    /// <summary>The address `briefing preview` prints once it serves ("Serving … at http://…/ …").</summary>
    public static async Task<Uri> ServingAddressAsync(Process preview)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await preview.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var at = line.IndexOf(" at http://", StringComparison.Ordinal);
            if (line.StartsWith("Serving ", StringComparison.Ordinal) && at > 0)
            {
                return new Uri(line[(at + 4)..line.IndexOf(' ', at + 4)]);
            }
        }

        throw new InvalidOperationException("briefing preview ended without serving");
    }
}
