using System.Text.Json;
using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Reading;

/// <summary>Where the sidenotes stand on a briefing whose notes are denser than its text, and how the Sources list reads.</summary>
[Collection(BrowserGroup.Name)]
public sealed class SidenoteLayoutTests(BrowserSite site)
{
    // Each marker's and each sidenote's place on the page, and where the notes list begins.
    private const string Measure = """
        () => {
          const y = el => el.getBoundingClientRect().top + scrollY;
          const markers = [...document.querySelectorAll('[data-verbatim] a[data-annotation]')];
          const notes = markers.map(marker => {
            const n = marker.getAttribute('href').replace('#note-', '');
            const aside = document.querySelector(`.sidenote[data-note="${n}"]`);
            const shown = !!aside && aside.getClientRects().length > 0;
            return { n, marker: y(marker), top: shown ? y(aside) : -1, height: shown ? aside.getBoundingClientRect().height : 0 };
          });
          return { notes, list: y(document.querySelector('section[data-editor-notes]')) };
        }
        """;

    [ChromiumFact]
    public async Task At_1400_pixels_each_sidenote_stands_just_below_its_marker_and_none_beside_the_notes_list()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, width: 1400);
        var page = await opened.Page.EvaluateAsync<JsonElement>(Measure);
        var notes = page.GetProperty("notes").EnumerateArray().ToList();
        var list = page.GetProperty("list").GetDouble();
        Assert.Equal(15, notes.Count);
        Assert.All(notes, note => Assert.True(note.GetProperty("top").GetDouble() >= 0, $"sidenote {note.GetProperty("n")} is not shown"));

        // "A few notes' height": three of the tallest sidenote with the space between two.
        var reach = 3 * (notes.Max(note => note.GetProperty("height").GetDouble()) + 12);
        var previousBottom = double.NegativeInfinity;
        foreach (var note in notes)
        {
            var n = note.GetProperty("n").GetString();
            var top = note.GetProperty("top").GetDouble();
            var marker = note.GetProperty("marker").GetDouble();
            var bottom = top + note.GetProperty("height").GetDouble();
            Assert.True(top >= marker - 1, $"sidenote {n} starts above its marker ({top:0} < {marker:0})");
            Assert.True(top - marker <= reach, $"sidenote {n} stands {top - marker:0} px below its marker");
            Assert.True(top >= previousBottom - 1, $"sidenote {n} overlaps the one before");
            Assert.True(bottom <= list, $"sidenote {n} stands beside the notes list");
            previousBottom = bottom;
        }
    }

    [ChromiumFact]
    public async Task A_cut_sidenote_shows_whole_on_hover()
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, width: 1400);
        var sidenote = opened.Page.Locator(".sidenote[data-note='1']");
        var cut = (await sidenote.BoundingBoxAsync())!.Height;
        await sidenote.HoverAsync();
        Assert.True((await sidenote.BoundingBoxAsync())!.Height > cut, "hovering the sidenote does not show it whole");
        Assert.True(await opened.Page.Locator("mark.quote[data-note='1'].is-active").CountAsync() > 0);
    }

    [ChromiumTheory]
    [InlineData(1400, true)]
    [InlineData(390, false)]
    public async Task The_Sources_list_reads_Cited_in_note_N_with_its_spaces(int width, bool javaScript)
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, width, javaScript: javaScript);
        var citations = opened.Page.Locator(".bibliography small");
        Assert.True(await citations.CountAsync() > 0);
        foreach (var text in await citations.AllInnerTextsAsync())
        {
            Assert.Matches(@"^Cited in notes? \d+(, \d+)*\.$", text);
        }

        // Each piece of "Cited in note", the number and "." starts where the one before ends: the space
        // stays visible and the full stop follows the number.
        var gaps = await opened.Page.EvaluateAsync<double[]>("""
            () => [...document.querySelectorAll('.bibliography small')].flatMap(small => {
              const walker = document.createTreeWalker(small, NodeFilter.SHOW_TEXT);
              const rects = [];
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const range = document.createRange();
                range.selectNodeContents(node);
                const rect = range.getBoundingClientRect();
                if (rect.width > 0) rects.push(rect);
              }
              return rects.slice(1).map((rect, i) => Math.abs(rect.top - rects[i].top) < 2 ? rect.left - rects[i].right : 0);
            })
            """);
        Assert.All(gaps, gap => Assert.InRange(gap, -0.5, 1));
    }
}
