using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests.Reading;

[Collection(BrowserGroup.Name)]
public sealed class MeasureTests(BrowserSite site)
{
    [ChromiumTheory]
    [InlineData(1024)]
    [InlineData(1440)]
    public async Task The_text_runs_about_65_to_75_characters_a_line(int width)
    {
        await using var opened = await site.OpenAsync(BrowserSite.BriefingPath, width);
        // Characters per line of the article's longest paragraph, less the note markers.
        var perLine = await opened.Page.EvaluateAsync<double>("""
            () => {
              const ps = [...document.querySelectorAll('[data-verbatim] p')];
              const p = ps.sort((a, b) => b.textContent.length - a.textContent.length)[0];
              const markers = [...p.querySelectorAll('a[data-annotation]')].reduce((n, a) => n + a.textContent.length, 0);
              const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
              return (p.textContent.length - markers) / lines;
            }
            """);
        Assert.InRange(perLine, 62, 76);
    }
}
