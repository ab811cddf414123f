using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Reading;

[Collection(BrowserGroup.Name)]
public sealed class WithoutJavaScriptTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Every_note_is_reachable_from_its_marker_and_links_back()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, javaScript: false);
        var page = opened.Page;
        var markers = await page.Locator("[data-verbatim] a[data-annotation]").CountAsync();
        Assert.True(markers >= 10);
        Assert.Equal(0, await page.Locator("#note-preview, .sidenote").CountAsync());

        for (var n = 1; n <= markers; n++)
        {
            await page.ClickAsync($"#ref-{n}");
            Assert.EndsWith($"#note-{n}", page.Url, StringComparison.Ordinal);
            Assert.True(await page.Locator($"#note-{n}").IsVisibleAsync());
            Assert.True(await InViewport(page, $"#note-{n}"), $"note {n} is not scrolled into view: " + await page.EvaluateAsync<string>("s => JSON.stringify(document.querySelector(s).getBoundingClientRect()) + ' ' + window.innerHeight + ' ' + window.scrollY", $"#note-{n}"));

            await page.ClickAsync($"#note-{n} a[role=doc-backlink]");
            Assert.EndsWith($"#ref-{n}", page.Url, StringComparison.Ordinal);
            Assert.True(await InViewport(page, $"#ref-{n}"), $"marker {n} is not scrolled into view");
        }
    }

    [ChromiumFact]
    public async Task Print_shows_no_navigation_and_prints_the_source_address()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath);
        var page = opened.Page;
        Assert.True(await page.Locator(".site-nav").IsVisibleAsync());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".skip-link").IsVisibleAsync());
        Assert.True(await page.Locator("section[data-editor-notes]").IsVisibleAsync());
        var after = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('a[data-source-link]'), '::after').content");
        Assert.Contains("https://www.cfr.org/", after, StringComparison.Ordinal);
    }

    private static Task<bool> InViewport(IPage page, string selector) => page.EvaluateAsync<bool>(
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight - 20; }", selector);
}
