using System.Security.Cryptography;

namespace Briefing.Tests.Support;

/// <summary>Every file under a folder with its SHA-256, to show a failed build left it byte-for-byte as it was.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, string> Take(string folder)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            snapshot[Path.GetRelativePath(folder, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return snapshot;
    }

    /// <summary>What sits beside the folder: a failed build leaves no staging folder behind.</summary>
    public static string[] Siblings(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(Path.GetFullPath(folder))!).Select(Path.GetFileName).Order()!];
}
