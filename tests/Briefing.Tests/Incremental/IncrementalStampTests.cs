using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>
/// A rebuild reads a briefing folder again only when a file's size or modification time changed, or
/// a file was written within the last seconds; `--no-cache` reads every folder.
/// </summary>
public sealed partial class IncrementalBuildTests
{
    [Fact]
    public void A_settled_folder_whose_files_keep_their_size_and_times_is_not_read_again()
    {
        Settle();
        Build();

        // Rewritten in place, its size and time put back: the stamp is unchanged, so the rebuild keeps the page.
        var annotations = Path.Combine(Input, "briefings", "bravo", "annotations.yml");
        MarkKeepingStamp(annotations, OneLetterChanged(File.ReadAllText(annotations)));
        var before = Times();
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.Empty(Changed(before, Times()));

        // A build without the cache reads every file.
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, Output, UseCache: false)).ExitCode);
        Assert.Contains("briefings/bravo/index.html", Changed(before, Times()));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_settled_file_edited_with_its_length_kept_is_read_again()
    {
        Settle();
        Build();

        var annotations = Path.Combine(Input, "briefings", "bravo", "annotations.yml");
        File.WriteAllText(annotations, OneLetterChanged(File.ReadAllText(annotations)));
        Assert.Equal(ExitCode.Success, Build().ExitCode);

        AssertSameAsFullBuild();
    }

    /// <summary>The first note's first letter changed: the file keeps its length.</summary>
    private static string OneLetterChanged(string text)
    {
        var at = text.IndexOf("note: ", StringComparison.Ordinal) + "note: ".Length;
        return text[..at] + (text[at] == 'X' ? 'Y' : 'X') + text[(at + 1)..];
    }

    /// <summary>Every input file written an hour ago, so that its stamp stands for its content.</summary>
    private void Settle()
    {
        foreach (var file in Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }
}
