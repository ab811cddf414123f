using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Checking;

public sealed class SiteLinksTests
{
    [Fact]
    public void Check_follows_links_within_the_site_and_reports_those_that_lead_nowhere_where_they_were_written()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, """
            ## Introduction

            See [the introduction](#introduction), [the index](/), [a topic-less page](/no-such-page/) and [a lost heading](#no-such-heading).
            """);

        var result = BuildSite.Run(SiteBuilder.Options(temp), write: false);

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.Equal(
            [("BRF030", 18, 76, "/no-such-page/"), ("BRF030", 18, 113, "#no-such-heading")],
            result.Diagnostics.Select(d => (d.Code, d.Line, d.Column, d.Message.Contains("/no-such-page/", StringComparison.Ordinal) ? "/no-such-page/" : "#no-such-heading")));
    }

    [Fact]
    public void A_broken_link_in_a_note_is_reported_where_annotations_yml_writes_it()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a nuclear weapon.\n",
            "annotations:\n  - id: test\n    quote: tested a\n    note: See [a lost heading](#no-such-heading).\n");

        var result = BuildSite.Run(SiteBuilder.Options(temp), write: false);

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        var broken = Assert.Single(result.Diagnostics);
        Assert.Equal(("BRF030", "annotations.yml", 4, 32), (broken.Code, Path.GetFileName(broken.File), broken.Line, broken.Column));
    }

    [Fact]
    public void The_seed_site_has_no_broken_link()
    {
        var result = BuildSite.Run(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused"), write: false);

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_seed_site_served_under_a_sub_path_has_no_broken_link()
    {
        // 404.html links from the base URL's path, since it is served at any address.
        var options = new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, "unused") { BaseUrl = "https://example.github.io/annotated" };
        var result = BuildSite.Run(options, write: false);

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_build_does_not_follow_links()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "A [lost heading](#no-such-heading).\n");

        Assert.Equal(ExitCode.Success, BuildSite.Run(SiteBuilder.Options(temp)).ExitCode);
    }
}
