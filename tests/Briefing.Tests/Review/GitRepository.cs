using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Review;

/// <summary>A real git repository in a temporary folder: commits and branches made with the git executable.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    public GitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Path => _folder.Path;

    public string Input => System.IO.Path.Combine(Path, "input");

    public void Write(string relativePath, string content) => _folder.Write(relativePath, content);

    public void Commit(string message)
    {
        Git("add", "--all");
        Git("-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "--quiet", "-m", message);
    }

    public void Branch(string name) => Git("checkout", "--quiet", "-b", name);

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors.Result}");
        return output.Result;
    }

    public void Dispose() => _folder.Dispose();
}
