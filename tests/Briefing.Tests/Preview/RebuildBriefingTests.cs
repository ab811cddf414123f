using Briefing.Diagnostics;
using Briefing.Output;
using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Preview;

/// <summary>The preview's one-page rebuild makes the page a full build makes, and leaves nothing beside it.</summary>
public sealed class RebuildBriefingTests
{
    [Fact]
    public void The_one_page_rebuild_keeps_the_sites_theme_overrides_and_matches_a_full_build()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, Reliability.HostileSite.Body, Reliability.HostileSite.Annotations, Reliability.HostileSite.Sources);
        temp.Write("input/_theme/assets/site.css", "body { color: rebeccapurple; }\n");
        var options = SiteBuilder.Options(temp);
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);
        SiteBuilder.Edit(input, SiteBuilder.Slug, "annotations.yml", text => text.Replace("first nuclear test", "first nuclear weapons test", StringComparison.Ordinal));

        var (result, page) = RebuildBriefing.Run(options, SiteBuilder.BriefingFolder(input));
        var rebuilt = File.ReadAllBytes(Path.Combine(options.OutputFolder, page!));

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Equal([], Directory.GetFileSystemEntries(temp.Path, ".output.*"));
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(options.OutputFolder, page!)), rebuilt);
    }

    [Fact]
    public void The_one_page_rebuild_formats_citations_in_the_sites_style()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, Reliability.HostileSite.Body, Reliability.HostileSite.Annotations, Reliability.HostileSite.Sources);
        temp.Write("input/site.yml", SiteBuilder.SiteYml + "\ncitation_style: chicago-fullnote-bibliography\n");
        var options = SiteBuilder.Options(temp);
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);
        var built = File.ReadAllBytes(Path.Combine(options.OutputFolder, "briefings", SiteBuilder.Slug, "index.html"));

        var (result, page) = RebuildBriefing.Run(options, SiteBuilder.BriefingFolder(input));

        Assert.True(result.ExitCode == ExitCode.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(built, File.ReadAllBytes(Path.Combine(options.OutputFolder, page!)));
    }

    [Fact]
    public void A_page_left_on_its_way_in_by_a_killed_preview_is_cleared_by_the_next_build()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, Reliability.HostileSite.Body, Reliability.HostileSite.Annotations, Reliability.HostileSite.Sources);
        var options = SiteBuilder.Options(temp);
        File.WriteAllText(OutputLeftovers.PreviewFile(Path.GetFullPath(options.OutputFolder)), "<p>half a page</p>");

        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);

        Assert.Equal([], Directory.GetFileSystemEntries(temp.Path, ".output.*"));
    }
}
