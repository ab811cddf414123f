using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Search;

/// <summary>The same output served under a sub-path (a GitHub Pages project site) and opened from disk.</summary>
[Collection(SearchGroup.Name)]
public sealed class SiteAnywhereTests(SearchSite site)
{
    private const string Briefing = "briefings/china-north-korea-relationship/index.html";

    [SearchFact]
    public async Task Under_a_sub_path_the_page_its_css_script_notes_topics_and_feed_all_load()
    {
        var (page, failed) = await site.OpenAsync(Briefing);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal("rgb(255, 253, 248)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.True(await page.Locator(".note-preview, .sidenote").CountAsync() > 0 || await page.EvaluateAsync<bool>("document.scripts.length > 1"));

        // Every link of the page within the site, each followed.
        var links = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('a[href], link[href]')].map(a => a.href).filter(h => h.startsWith(location.origin))");
        Assert.Contains(links, l => l.Contains("/annotated/topics/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith("/annotated/feed.xml", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Contains("#note-1", StringComparison.Ordinal));
        foreach (var link in links.Select(l => l.Split('#')[0]).Distinct(StringComparer.Ordinal))
        {
            Assert.True(link.StartsWith(site.Root.ToString(), StringComparison.Ordinal), link);
            var response = await page.APIRequest.GetAsync(link);
            Assert.True(response.Ok, $"{response.Status} {link}");
        }

        await page.ClickAsync("nav.topics a");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains("/annotated/topics/", page.Url, StringComparison.Ordinal);
        Assert.Empty(failed);
    }

    [SearchFact]
    public async Task Opened_from_disk_the_page_is_styled_and_its_links_to_the_index_and_topics_work()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        await page.GotoAsync(new Uri(Path.Combine(site.Output, Briefing)).AbsoluteUri);

        Assert.Equal("rgb(255, 253, 248)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        Assert.False(await page.Locator("#site-search-query").IsVisibleAsync());

        await page.ClickAsync("nav.topics a");
        Assert.StartsWith("file://", page.Url, StringComparison.Ordinal);
        Assert.EndsWith("/index.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("Topic", await page.Locator(".kicker").First.TextContentAsync());

        await page.ClickAsync(".site-title a");
        Assert.Equal(new Uri(Path.Combine(site.Output, "index.html")).AbsoluteUri, page.Url);
        Assert.True(await page.Locator(".briefing-list a").CountAsync() > 0);
        await page.ClickAsync(".briefing-list a");
        Assert.Equal(new Uri(Path.Combine(site.Output, Briefing)).AbsoluteUri, page.Url);
        Assert.Empty(failed);
    }
}
