using Briefing.BrowserTests.Support;
using Briefing.Cli.Preview;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Preview;

/// <summary>`briefing preview` in a real browser: a broken save shows the overlay, the fix reloads the page.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PreviewOverlayTests(BrowserSite site)
{
    private const string Article = """
        ---
        title: Overlay Test
        source:
          url: https://example.org/original
        copyright:
          notice: Copyright 2008 by Example.
        ---
        Pyongyang tested a weapon.
        """;

    private const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: The first note.
        """;

    [ChromiumFact]
    public async Task A_broken_save_shows_its_diagnostic_over_the_open_page_and_the_fix_reloads_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "briefing-preview-overlay", Guid.NewGuid().ToString("N"));
        var briefing = Path.Combine(folder, "input", "briefings", "overlay-test");
        Directory.CreateDirectory(briefing);
        await File.WriteAllTextAsync(Path.Combine(folder, "input", "site.yml"), "title: Preview\nbase_url: https://preview.example\n");
        await File.WriteAllTextAsync(Path.Combine(briefing, "article.md"), Article);
        var annotations = Path.Combine(briefing, "annotations.yml");
        await File.WriteAllTextAsync(annotations, Annotations);
        var options = new BuildOptions(Path.Combine(folder, "input"), RepositoryPaths.Theme, Path.Combine(folder, "output"));

        try
        {
            await using var preview = await PreviewSession.StartAsync(options, 0, watch: true, TextWriter.Null, CancellationToken.None);
            var context = await site.Browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(preview.Address, "/briefings/overlay-test/").ToString());
            Assert.Contains("The first note.", await page.Locator("section[data-editor-notes]").InnerTextAsync(), StringComparison.Ordinal);
            var overlay = page.Locator("#briefing-preview-errors");

            await File.WriteAllTextAsync(annotations, Annotations.Replace("quote: tested a weapon", "quote: tested a wepon", StringComparison.Ordinal));
            await overlay.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });
            var text = await overlay.InnerTextAsync();
            Assert.Contains("annotations.yml:3:12", text, StringComparison.Ordinal);
            Assert.Contains("BRF012", text, StringComparison.Ordinal);
            Assert.Contains("quote: tested a wepon", text, StringComparison.Ordinal);

            await File.WriteAllTextAsync(annotations, Annotations.Replace("The first note.", "The mended note.", StringComparison.Ordinal));
            await page.Locator("section[data-editor-notes]", new PageLocatorOptions { HasTextString = "The mended note." })
                .WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            Assert.Equal(0, await overlay.CountAsync());
            await context.CloseAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
