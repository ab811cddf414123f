using Briefing.Diagnostics;
using Briefing.Search;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>The build's search step: Pagefind where it is installed, a plain note where it is not, and a failure that writes nothing.</summary>
public sealed class SearchBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public SearchBuildTests() => SiteBuilder.Create(_temp, "The Six-Party talks began in 2003.\n");

    public void Dispose() => _temp.Dispose();

    private string Output => Path.Combine(_temp.Path, "output");

    [Fact]
    public void Without_pagefind_on_path_the_build_succeeds_and_says_once_that_the_site_has_no_search()
    {
        var empty = _temp.Write("bin/.keep", "");
        var (exit, _, stderr) = BriefingProcess.Run(_temp.Path, new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(empty)! },
            "build", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, exit);
        Assert.Single(stderr.Split('\n'), line => line.Contains("the site has no search", StringComparison.Ordinal));
        Assert.Contains(PagefindProgram.HowToInstall, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
        Assert.False(Directory.Exists(Path.Combine(Output, "search")));
        Assert.DoesNotContain("data-search-box", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void No_search_leaves_search_out_without_a_note()
    {
        var (exit, _, stderr) = BriefingProcess.Run(_temp.Path, new Dictionary<string, string>(), "build", "--theme", RepositoryPaths.Theme, "--no-search");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("search", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
    }

    [Fact]
    public void A_pagefind_that_fails_fails_the_build_with_its_message_and_leaves_the_output_as_it_was()
    {
        Assert.Equal(ExitCode.Success, BuildSite.Run(SiteBuilder.Options(_temp)).ExitCode);
        var before = FolderSnapshot.Take(Output);
        var failing = _temp.Write("bin/pagefind", "#!/bin/sh\necho 'Error: no disk left' >&2\nexit 3\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = BuildSite.Run(SiteBuilder.Options(_temp) with { Pagefind = failing });

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SearchIndexFailed, error.Code);
        Assert.Equal("The search index could not be made: it exited with code 3: Error: no disk left", error.Message);
        Assert.Equal(before, FolderSnapshot.Take(Output));
    }

    [Fact]
    public void With_pagefind_the_index_is_swapped_in_with_the_pages_and_a_rebuild_is_byte_identical()
    {
        if (PagefindProgram.FindOnPath() is not { } pagefind)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI=true and pagefind is missing: .ci/run must install it.");
            return;
        }

        var options = SiteBuilder.Options(_temp) with { Pagefind = pagefind };
        var first = BuildSite.Run(options);
        Assert.Equal(ExitCode.Success, first.ExitCode);
        Assert.NotNull(first.SearchTime);
        Assert.True(File.Exists(Path.Combine(Output, "pagefind", "pagefind.js")));
        Assert.Contains("data-search-box", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("data-search-results", File.ReadAllText(Path.Combine(Output, "search", "index.html")), StringComparison.Ordinal);
        var site = FolderSnapshot.Take(Output);

        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);
        Assert.Equal(site, FolderSnapshot.Take(Output));
        for (var cached = 0; cached < 2; cached++)
        {
            Assert.Equal(ExitCode.Success, BuildSite.Run(options with { UseCache = true }).ExitCode);
            Assert.Equal(site, FolderSnapshot.Take(Output));
        }
    }
}
