using System.Diagnostics;
using System.Formats.Tar;

namespace Briefing.Review;

/// <summary>Git could not give a ref's input folder: an unknown ref, no repository, or no git.</summary>
internal sealed class GitInputException(string message) : Exception(message);

/// <summary>A git ref's copy of the input folder, from the git executable (`git archive REF:input`), unpacked.</summary>
internal static class GitInput
{
    /// <summary>Writes <paramref name="gitRef"/>'s version of the input folder into a folder of its name in root; returns it.</summary>
    public static string Extract(string inputFolder, string gitRef, string root)
    {
        if (gitRef.StartsWith('-') || gitRef.Contains(':', StringComparison.Ordinal))
        {
            throw new GitInputException($"'{gitRef}' is not a commit, branch or tag.");
        }

        // Git runs at the top of the repository, found from the input folder or the nearest folder above it that exists:
        // `REF:path` names the path from there.
        var input = Path.GetFullPath(inputFolder);
        var at = input;
        while (!Directory.Exists(at) && Path.GetDirectoryName(at) is { } parent)
        {
            at = parent;
        }

        var top = Encoding.UTF8.GetString(Run(at, ["rev-parse", "--show-toplevel"]).ToArray()).Trim();
        Run(top, ["rev-parse", "--verify", "--quiet", gitRef + "^{commit}"],
            $"'{gitRef}' is not a commit, branch or tag of the repository at {top}.");
        var prefix = Path.GetRelativePath(top, input).Replace('\\', '/');
        var destination = Path.Combine(root, Path.GetFileName(Path.TrimEndingDirectorySeparator(input)));
        Directory.CreateDirectory(destination);
        if (prefix.StartsWith("..", StringComparison.Ordinal))
        {
            throw new GitInputException($"The input folder {inputFolder} is not inside the git repository at {top}.");
        }

        // A ref without the folder has no briefings: every briefing of the other side is new.
        var tree = gitRef + ":" + (prefix == "." ? "" : prefix);
        if (Git(top, ["cat-file", "-e", tree]).Exit == 0)
        {
            using var tar = Run(top, ["archive", "--format=tar", tree]);
            Unpack(tar, destination);
        }

        return destination;
    }

    /// <summary>Regular files and folders only: a symbolic link is left out, not followed, so nothing outside is read as content.</summary>
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

    /// <summary>Git's output; when git fails, <paramref name="failure"/> or git's error as a <see cref="GitInputException"/>.</summary>
    private static MemoryStream Run(string at, string[] arguments, string? failure = null)
    {
        var (exit, output, errors) = Git(at, arguments);
        return exit == 0 ? output : throw new GitInputException(failure ?? $"git {arguments[0]} failed: {errors}");
    }

    private static (int Exit, MemoryStream Output, string Errors) Git(string at, string[] arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = at,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var git = Process.Start(start)!;
            var errors = git.StandardError.ReadToEndAsync();
            var output = new MemoryStream();
            git.StandardOutput.BaseStream.CopyTo(output);
            git.WaitForExit();
            output.Position = 0;
            return (git.ExitCode, output, errors.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitInputException($"git could not be started ({ex.Message}); install git, or compare two input folders.");
        }
    }
}
