using Briefing.Diagnostics;
using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>Pages of a site with search: the box in every page's header, and the preview's one-page rebuild the same as the build's page.</summary>
public sealed class SearchPagesTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly BuildOptions _options;

    public SearchPagesTests()
    {
        SiteBuilder.Create(_temp, "The Six-Party talks began in 2003.\n");
        _temp.Write("input/pages/about.md", "---\ntitle: About\n---\nAbout the site.\n");

        // A stand-in for Pagefind that indexes nothing: these tests look at the pages, not the index.
        var pagefind = _temp.Write("bin/pagefind", "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pagefind, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _options = SiteBuilder.Options(_temp) with { Pagefind = pagefind };
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("index.html", "search/index.html")]
    [InlineData("about/index.html", "../search/index.html")]
    [InlineData("briefings/" + SiteBuilder.Slug + "/index.html", "../../search/index.html")]
    [InlineData("search/index.html", "../search/index.html")]
    [InlineData("404.html", "/search/index.html")]
    public void Every_page_has_the_search_box_leading_to_the_search_page_relative_to_it(string page, string action)
    {
        Assert.Equal(ExitCode.Success, BuildSite.Run(_options).ExitCode);

        var html = File.ReadAllText(Path.Combine(_options.OutputFolder, page));
        Assert.Contains($"<form class=\"site-search\" role=\"search\" action=\"{action}\" method=\"get\" data-search-box hidden>", html, StringComparison.Ordinal);
        Assert.Contains("assets/search.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_page_rebuild_of_a_site_with_search_and_pages_matches_the_full_build()
    {
        Assert.Equal(ExitCode.Success, BuildSite.Run(_options).ExitCode);
        SiteBuilder.Edit(_options.InputFolder, SiteBuilder.Slug, "article.md", text => text.Replace("began in 2003", "began in August 2003", StringComparison.Ordinal));

        var (result, page) = RebuildBriefing.Run(_options, SiteBuilder.BriefingFolder(_options.InputFolder));
        var rebuilt = File.ReadAllText(Path.Combine(_options.OutputFolder, page!));

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Equal(ExitCode.Success, BuildSite.Run(_options).ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(_options.OutputFolder, page!)), rebuilt);
    }
}
