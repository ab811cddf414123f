using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Reading;

[Collection(BrowserGroup.Name)]
public sealed class NotePreviewTests(BrowserSite site)
{
    [ChromiumFact]
    public async Task Hovering_a_marker_previews_its_note_and_emphasises_its_passage_and_Escape_closes_it()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath);
        var page = opened.Page;
        var preview = page.Locator("#note-preview");
        Assert.False(await preview.IsVisibleAsync());

        await page.HoverAsync("#ref-1");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var note = await page.Locator("#note-1").InnerTextAsync();
        Assert.Contains(note[..40], await preview.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("note-preview", await page.GetAttributeAsync("#ref-1", "aria-describedby"));
        Assert.True(await page.Locator("mark.quote[data-note='1'].is-active").CountAsync() > 0);

        await page.Keyboard.PressAsync("Escape");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal(0, await page.Locator("mark.quote.is-active").CountAsync());
    }

    [ChromiumFact]
    public async Task Focusing_a_marker_with_the_keyboard_previews_its_note_and_Escape_closes_it()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath);
        var page = opened.Page;
        var preview = page.Locator("#note-preview");

        // Tab from the link just before marker 2 in the reading order.
        await page.Locator("#ref-1").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("ref-2", await page.EvaluateAsync<string>("document.activeElement.id"));
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains((await page.Locator("#note-2").InnerTextAsync())[..40], await preview.InnerTextAsync(), StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Escape");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        Assert.Equal("ref-2", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [ChromiumFact]
    public async Task A_first_tap_on_a_marker_previews_its_note_and_a_second_follows_the_link()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, width: 390, height: 844, touch: true);
        var page = opened.Page;
        var preview = page.Locator("#note-preview");

        await page.TapAsync("#ref-3");
        await preview.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.DoesNotContain("#note-3", page.Url, StringComparison.Ordinal);

        await page.TapAsync("#ref-3");
        await page.WaitForURLAsync("**#note-3");
    }

    [ChromiumFact]
    public async Task Sidenotes_stand_beside_the_text_at_1440_pixels_and_not_at_390()
    {
        await using (var wide = await site.OpenAsync(BrowserSite.BriefingPath, width: 1440))
        {
            var markers = await wide.Page.Locator("[data-verbatim] a[data-annotation]").CountAsync();
            var sidenotes = wide.Page.Locator(".sidenote");
            Assert.Equal(markers, await sidenotes.CountAsync());
            var text = await wide.Page.Locator("[data-verbatim]").BoundingBoxAsync();
            for (var i = 0; i < markers; i++)
            {
                var box = await sidenotes.Nth(i).BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box.X >= text!.X + text.Width, $"sidenote {i + 1} overlaps the text");
                Assert.True(box.X + box.Width <= 1440, $"sidenote {i + 1} runs off the screen");
                Assert.Equal("true", await sidenotes.Nth(i).GetAttributeAsync("aria-hidden"));
                if (i > 0)
                {
                    var previous = await sidenotes.Nth(i - 1).BoundingBoxAsync();
                    Assert.True(box.Y >= previous!.Y + previous.Height, $"sidenote {i + 1} overlaps sidenote {i}");
                }
            }

            var first = await wide.Page.Locator("#ref-1").BoundingBoxAsync();
            var firstNote = await sidenotes.First.BoundingBoxAsync();
            Assert.InRange(firstNote!.Y - first!.Y, -20, 20);
        }

        await using var narrow = await site.OpenAsync(BrowserSite.BriefingPath, width: 390, height: 844);
        Assert.Equal(0, await narrow.Page.Locator(".sidenote:visible").CountAsync());
        Assert.True(await narrow.Page.Locator("section[data-editor-notes]").IsVisibleAsync());
        var overflow = await narrow.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "the page scrolls sideways at 390 px");
    }
}
