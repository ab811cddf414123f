using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Reading;

/// <summary>Screenshots of the briefing page for people to look at, saved in the test's output folder.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    [ChromiumTheory]
    [InlineData(390, 844)]
    [InlineData(1024, 768)]
    [InlineData(1440, 900)]
    public async Task The_briefing_page_is_photographed_at(int width, int height)
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, width, height);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        var path = Path.Combine(BrowserSite.ScreenshotFolder, $"briefing-{width}.png");
        await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000);
    }

    [ChromiumFact]
    public async Task The_briefing_page_is_photographed_in_dark_mode_at_1440()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, 1440, 900, colorScheme: ColorScheme.Dark);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        var path = Path.Combine(BrowserSite.ScreenshotFolder, "briefing-1440-dark.png");
        await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
