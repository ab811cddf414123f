using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>When the cache cannot be trusted, or the build fails, a cached build still makes the site a full build makes.</summary>
public sealed partial class IncrementalBuildTests
{
    [Fact]
    public void Changes_in_turn_each_build_the_site_a_full_build_makes_from_the_spare_site()
    {
        // From the third build on, each begins from the site the one before it replaced (the spare).
        Build();
        Edit("alpha", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: First. "));
        Build();
        Edit("bravo", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: Second. "));
        Build();
        Assert.True(Directory.Exists(Path.Combine(CacheFolder, "spare")));
        AssertSameAsFullBuild();

        // Alpha back as it was in the spare site; charlie gone; delta new.
        Edit("alpha", "annotations.yml", text => text.Replace("note: First. ", "note: ", StringComparison.Ordinal));
        Directory.Delete(Path.Combine(Input, "briefings", "charlie"), recursive: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Input, "briefings", "bravo")))
        {
            _temp.WriteBytes(Path.Combine("input", "briefings", "delta", Path.GetFileName(file)), File.ReadAllBytes(file));
        }

        Assert.Equal(ExitCode.Success, Build().ExitCode);
        Assert.False(Directory.Exists(Path.Combine(Output, "briefings", "charlie")));
        AssertSameAsFullBuild();

        Edit("delta", "annotations.yml", RemoveLastNote);
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_change_to_the_theme_or_to_site_yml_rebuilds_everything()
    {
        Build();

        _temp.Write(Path.Combine("input", "site.yml"), File.ReadAllText(Path.Combine(Input, "site.yml")).Replace("title: ", "title: Renamed ", StringComparison.Ordinal));
        Build();

        Assert.All(Slugs, slug => Assert.Contains("Renamed", File.ReadAllText(Path.Combine(Output, "briefings", slug, "index.html")), StringComparison.Ordinal));
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_content_error_leaves_output_and_cache_as_they_were_and_the_fix_builds_incrementally()
    {
        Build();
        var output = FolderSnapshot.Take(Output);
        var cache = FolderSnapshot.Take(CacheFolder);

        Edit("alpha", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "quote: ", "quote: no such words anywhere "));
        var failed = Build();

        Assert.Equal(ExitCode.ContentErrors, failed.ExitCode);
        Assert.Contains(failed.Diagnostics, d => d.Code == DiagnosticCodes.QuoteNotFound && d.File.EndsWith("alpha/annotations.yml", StringComparison.Ordinal));
        Assert.Equal(output, FolderSnapshot.Take(Output));
        Assert.Equal(cache, FolderSnapshot.Take(CacheFolder));

        Edit("alpha", "annotations.yml", text => text.Replace("quote: no such words anywhere ", "quote: ", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_build_without_the_cache_leaves_none_that_could_mislead_the_next()
    {
        Build();
        Edit("alpha", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: For a while. "));
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, Output)).ExitCode);

        // Alpha as the cache last saw it: its page in output/ is not that one.
        Edit("alpha", "annotations.yml", text => text.Replace("note: For a while. ", "note: ", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Success, Build().ExitCode);
        AssertSameAsFullBuild();
    }

    [Theory]
    [InlineData("cache deleted")]
    [InlineData("cache damaged")]
    [InlineData("spare site deleted")]
    [InlineData("spare site damaged")]
    [InlineData("output deleted")]
    [InlineData("page deleted from output")]
    [InlineData("index edited in output")]
    public void A_cache_that_cannot_be_trusted_means_a_full_build(string what)
    {
        // Two builds: the second keeps the first's site as its spare.
        Build();
        Edit("bravo", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: Meanwhile. "));
        Build();
        Edit("alpha", "annotations.yml", text => SiteBuilder.ReplaceFirst(text, "note: ", "note: Changed meanwhile. "));
        switch (what)
        {
            case "cache deleted":
                Directory.Delete(CacheFolder, recursive: true);
                break;
            case "cache damaged":
                foreach (var file in Directory.EnumerateFiles(CacheFolder))
                {
                    var bytes = File.ReadAllBytes(file);
                    File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
                }

                break;
            case "spare site deleted":
                Directory.Delete(Path.Combine(CacheFolder, "spare"), recursive: true);
                break;
            case "spare site damaged":
                File.WriteAllText(Path.Combine(CacheFolder, "spare.json"), "{");
                break;
            case "output deleted":
                Directory.Delete(Output, recursive: true);
                break;
            case "page deleted from output":
                File.Delete(Path.Combine(Output, "index.html"));
                break;
            case "index edited in output":
                File.AppendAllText(Path.Combine(Output, "index.html"), "<!-- edited -->");
                break;
        }

        Assert.Equal(ExitCode.Success, Build().ExitCode);
        AssertSameAsFullBuild();
    }
}
