using Briefing.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Search;

/// <summary>Search as a reader uses it: from the header's box, by keyboard alone, under the site's strict policy.</summary>
[Collection(SearchGroup.Name)]
public sealed class SearchTests(SearchSite site)
{
    [SearchFact]
    public async Task Searching_from_the_header_finds_the_briefing_and_the_note_about_the_talks()
    {
        var (page, failed) = await site.OpenAsync("");
        await page.Context.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");

        await page.FillAsync("#site-search-query", "Six-Party");
        await page.PressAsync("#site-search-query", "Enter");
        var results = page.Locator("[data-search-results] > li");
        await results.First.WaitForAsync();

        var briefing = results.Locator("h2 a").First;
        Assert.Equal("The China-North Korea Relationship", await briefing.TextContentAsync());
        Assert.EndsWith(SearchSite.PathBase + "/briefings/china-north-korea-relationship/index.html", await briefing.GetAttributeAsync("href"), StringComparison.Ordinal);

        // The note is shown as the note, with a link to its place on the page.
        var note = results.Locator(".search-notes li").Filter(new() { HasText = "talks" }).First;
        var link = await note.Locator("a").GetAttributeAsync("href");
        Assert.Matches("/briefings/china-north-korea-relationship/index.html#note-\\d+$", link);
        Assert.Contains("Six-Party", await note.Locator("mark").First.TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        await note.Locator("a").ClickAsync();
        await page.WaitForURLAsync(link!);
        Assert.True(await page.Locator(new Uri(link!).Fragment).IsVisibleAsync());

        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
        Assert.Empty(failed);
    }

    [SearchFact]
    public async Task A_keyboard_only_reader_reaches_the_search_box_and_the_results()
    {
        var (page, failed) = await site.OpenAsync("briefings/china-north-korea-relationship/index.html");
        Assert.True(await Tab(page, "site-search-query"), "Tab never reached the header's search box.");
        await page.Keyboard.TypeAsync("Six-Party");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-search-results] a").First.WaitForAsync();
        Assert.Contains("found for", await page.Locator("[data-search-status]").TextContentAsync(), StringComparison.Ordinal);

        // From the box, Tab goes on to the first result.
        await page.FocusAsync("#site-search-query");
        for (var i = 0; i < 3 && await page.EvaluateAsync<string>("document.activeElement.closest('[data-search-results]') ? 'in' : ''") != "in"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("in", await page.EvaluateAsync<string>("document.activeElement.closest('[data-search-results]') ? 'in' : ''"));
        Assert.Empty(failed);
    }

    [SearchFact]
    public async Task Without_javascript_no_search_box_is_shown_and_the_search_page_says_why()
    {
        var (page, _) = await site.OpenAsync("", javaScript: false);
        Assert.False(await page.Locator("#site-search-query").IsVisibleAsync());
        await page.GotoAsync(new Uri(site.Root, "search/index.html").ToString());
        Assert.Contains("needs JavaScript", await page.Locator("[data-search-status]").TextContentAsync(), StringComparison.Ordinal);
    }

    [SearchFact]
    public async Task Axe_finds_no_violations_on_a_page_with_the_search_box_or_on_the_results()
    {
        foreach (var path in new[] { "", "search/index.html?q=Six-Party" })
        {
            var (page, _) = await site.OpenAsync(path);
            if (path.Length > 0)
            {
                await page.Locator("[data-search-results] a").First.WaitForAsync();
            }

            var result = await page.RunAxe();
            Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} " + string.Join(" ", v.Nodes.Select(n => n.Html)))));
        }
    }

    private static async Task<bool> Tab(IPage page, string id)
    {
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
            {
                return true;
            }
        }

        return false;
    }
}
