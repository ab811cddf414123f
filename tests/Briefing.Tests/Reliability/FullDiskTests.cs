using System.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// A real full disk: the output folder on a small tmpfs that holds one site but not two. The build
/// fails (exit 3) with the previous output whole and nothing left beside it, cached or not.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private static readonly string[] Slugs = [.. Enumerable.Range(0, 12).Select(i => $"briefing-{i:D2}")];

    private readonly TempFolder _temp = new();
    private readonly string _disk;

    public FullDiskTests()
    {
        SiteBuilder.WithSeedCopies(_temp, Slugs);
        _disk = Path.Combine(_temp.Path, "disk");
        Directory.CreateDirectory(_disk);
    }

    private string Output => Path.Combine(_disk, "output");

    public void Dispose()
    {
        Tmpfs.Unmount(_disk);
        _temp.Dispose();
    }

    [TmpfsFact]
    public void A_build_that_fills_the_disk_leaves_the_previous_output_whole()
    {
        // Room for one site and a half: the first build fits, a second beside it cannot.
        var reference = Path.Combine(_temp.Path, "reference");
        Assert.Equal(0, Build("--no-cache", "--output", reference).Exit);
        Tmpfs.Mount(_disk, Footprint(reference) * 3 / 2);

        Assert.Equal(0, Build().Exit);
        foreach (var options in new[] { Array.Empty<string>(), ["--no-cache"] })
        {
            var before = FolderSnapshot.Take(Output);
            // A new site title changes every page: the new site needs room of its own, cached or not.
            var site = Path.Combine(_temp.Path, "input", "site.yml");
            File.WriteAllText(site, File.ReadAllText(site).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));

            var (exit, _, stderr) = Build(options);

            Assert.Equal(3, exit);
            Assert.Contains("No space left on device", stderr, StringComparison.Ordinal);
            Assert.Contains("The previous output was left as it was.", stderr, StringComparison.Ordinal);
            Assert.Equal(before, FolderSnapshot.Take(Output));
            Assert.Equal([".briefing-cache", "output"], FolderSnapshot.Siblings(Output));
        }
    }

    private (int Exit, string Stdout, string Stderr) Build(params string[] options) =>
        BriefingProcess.Run(_temp.Path, new Dictionary<string, string>(), ["build", "--theme", RepositoryPaths.Theme, "--output", Output, .. options]);

    /// <summary>What the site takes on a tmpfs: whole pages of memory for each file.</summary>
    private static long Footprint(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => (new FileInfo(f).Length + 4095) / 4096 * 4096);
}

/// <summary>A fact that needs to mount a tmpfs (root, and a system that permits it); skipped, with the reason, elsewhere.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable() is { } reason)
        {
            Skip = reason;
        }
    }
}

internal static class Tmpfs
{
    /// <summary>Why a tmpfs cannot be mounted here; null when it can.</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs is Linux's";
        }

        var probe = Directory.CreateTempSubdirectory("briefing-tmpfs-probe").FullName;
        try
        {
            var (exit, error) = Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe);
            return exit == 0 ? null : $"mounting a tmpfs is not permitted here: {error.Trim()}";
        }
        finally
        {
            Unmount(probe);
            Directory.Delete(probe);
        }
    }

    public static void Mount(string folder, long bytes)
    {
        var (exit, error) = Run("mount", "-t", "tmpfs", "-o", $"size={(bytes + 4095) / 4096 * 4096}", "tmpfs", folder);
        Assert.True(exit == 0, error);
    }

    public static void Unmount(string folder)
    {
        if (File.ReadAllText("/proc/self/mounts").Contains(" " + folder + " ", StringComparison.Ordinal))
        {
            Run("umount", "-l", folder);
        }
    }

    private static (int Exit, string Error) Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
