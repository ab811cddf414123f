using System.Diagnostics;
using System.Formats.Tar;

namespace Briefing.Review;

/// <summary>Git could not give a ref's input folder: an unknown ref, no repository, or no git.</summary>
internal sealed class GitInputException(string message) : Exception(message);

/// <summary>
/// A git ref's copy of the input folder, taken with the `git` executable (`git archive REF:input`)
/// and unpacked with System.Formats.Tar: regular files and folders only.
/// </summary>
internal static class GitInput
{
    /// <summary>Writes <paramref name="gitRef"/>'s version of <paramref name="inputFolder"/> into <paramref name="destination"/>.</summary>
    public static void Extract(string inputFolder, string gitRef, string destination)
    {
        if (gitRef.StartsWith('-') || gitRef.Contains(':', StringComparison.Ordinal))
        {
            throw new GitInputException($"'{gitRef}' is not a commit, branch or tag.");
        }

        var at = ExistingFolder(Path.GetFullPath(inputFolder));
        var top = Run(at, ["rev-parse", "--show-toplevel"]).Trim();
        at = top; // `REF:path` names the path from the top of the repository
        _ = Run(at, ["rev-parse", "--verify", "--quiet", gitRef + "^{commit}"], $"'{gitRef}' is not a commit, branch or tag of the repository at {top}.");
        var prefix = Path.GetRelativePath(top, Path.GetFullPath(inputFolder)).Replace('\\', '/');
        Directory.CreateDirectory(destination);
        if (prefix.StartsWith("..", StringComparison.Ordinal))
        {
            throw new GitInputException($"The input folder {inputFolder} is not inside the git repository at {top}.");
        }

        // A ref without the folder has no briefings: every briefing of the other side is new.
        var tree = gitRef + ":" + (prefix == "." ? "" : prefix);
        if (!Succeeds(at, ["cat-file", "-e", tree]))
        {
            return;
        }

        using var git = Start(at, ["archive", "--format=tar", tree]);
        var errors = git.StandardError.ReadToEndAsync();
        using var tar = new MemoryStream();
        git.StandardOutput.BaseStream.CopyTo(tar);
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new GitInputException($"git archive failed: {errors.Result.Trim()}");
        }

        tar.Position = 0;
        Unpack(tar, destination);
    }

    /// <summary>
    /// Regular files and folders only: a symbolic link in the ref is left out rather than followed, so
    /// nothing of the machine outside the unpacked folder is read as content.
    /// </summary>
    private static void Unpack(Stream tar, string destination)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destination)) + Path.DirectorySeparatorChar;
        using var reader = new TarReader(tar);
        while (reader.GetNextEntry() is { } entry)
        {
            var path = Path.GetFullPath(Path.Join(root, entry.Name));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.EntryType == TarEntryType.Directory)
            {
                Directory.CreateDirectory(path);
            }
            else if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                entry.ExtractToFile(path, overwrite: true);
            }
        }
    }

    private static string Run(string at, IReadOnlyList<string> arguments, string? failure = null)
    {
        using var git = Start(at, arguments);
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        return git.ExitCode == 0 ? output.Result : throw new GitInputException(failure ?? $"git {arguments[0]} failed: {errors.Result.Trim()}");
    }

    private static bool Succeeds(string at, IReadOnlyList<string> arguments)
    {
        using var git = Start(at, arguments);
        _ = git.StandardOutput.ReadToEndAsync();
        _ = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        return git.ExitCode == 0;
    }

    /// <summary>The folder itself, or the nearest one above it that exists: git runs there.</summary>
    private static string ExistingFolder(string folder)
    {
        while (!Directory.Exists(folder) && Path.GetDirectoryName(folder) is { } parent)
        {
            folder = parent;
        }

        return folder;
    }

    private static Process Start(string at, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = at,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new GitInputException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitInputException($"git could not be started ({ex.Message}); install git, or compare two input folders.");
        }
    }
}
