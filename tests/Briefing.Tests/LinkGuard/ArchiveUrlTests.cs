using Briefing.Diagnostics;
using Briefing.Links;
using Briefing.Loading;
using Briefing.Tests.Links;
using Briefing.Tests.Support;

namespace Briefing.Tests.LinkGuard;

/// <summary>archive-url, which some exporters write for archive_location, is read and offered when a source's URL dies.</summary>
public sealed class ArchiveUrlTests
{
    [Fact]
    public void A_source_with_archive_url_loads_and_a_misspelt_key_is_still_reported()
    {
        using var temp = new TempFolder();
        temp.Write("sources.yml", """
            references:
              - id: kept
                type: webpage
                archive-url: https://web.archive.org/web/2020/kept
              - id: typo
                type: webpage
                archive-ulr: https://web.archive.org/web/2020/typo
            """);
        var diagnostics = new DiagnosticBag();

        var library = LoadSources.Run(temp.Path, Content.SourceLibrary.Empty, diagnostics);

        Assert.Equal("https://web.archive.org/web/2020/kept", library.Sources["kept"].Item.Archive);
        var unknown = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.UnknownKey, 7), (unknown.Code, unknown.Line));
    }

    [Fact]
    public async Task A_dead_source_with_archive_url_is_offered_its_archived_copy()
    {
        await using var server = await LinkServer.StartAsync();
        using var temp = new TempFolder();
        var sources = $"""
            references:
              - id: exported
                type: webpage
                title: Exported
                archive_location: Box 3, Folder 2
                archive-url: https://web.archive.org/web/2020/exported
                URL: {server.Url("gone/exported")}
            """;
        var input = SiteBuilder.Create(temp, "An article.\n", "annotations:\n  - id: a\n    quote: An article\n    note: See [@exported].\n", sources);
        var options = new LinkCheckOptions { Timeout = TimeSpan.FromSeconds(5), AllowLoopback = true };

        var report = await CheckLinks.RunAsync(input, Path.Combine(temp.Path, "links.json"), options, CancellationToken.None);

        var dead = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.DeadLink);
        Assert.Equal("The source's archived copy is https://web.archive.org/web/2020/exported: check it, then point readers to it or update the URL.", dead.Hint);
    }
}
