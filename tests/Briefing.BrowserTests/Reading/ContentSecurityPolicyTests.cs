using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests.Reading;

/// <summary>Every page works under netlify.toml's strict policy: no inline script, handler or style is refused.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site)
{
    [ChromiumTheory]
    [InlineData("/")]
    [InlineData(BrowserSite.BriefingPath)]
    [InlineData("/topics/china/")]
    [InlineData("/about/")]
    [InlineData("/no-such-page/")]
    public async Task A_page_and_its_note_previews_cause_no_policy_violation(string path)
    {
        Assert.Contains("script-src 'self'", StaticSiteServer.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", StaticSiteServer.ContentSecurityPolicy, StringComparison.Ordinal);
        await using var opened = await site.OpenAsync(path, width: 1440);
        var page = opened.Page;

        // Listen from here on, then exercise the script (previews, sidenotes) and reload to see load-time violations too.
        await page.Context.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.ReloadAsync();
        if (path == BrowserSite.BriefingPath)
        {
            await page.HoverAsync("#ref-1");
            await page.Keyboard.PressAsync("Escape");
            await page.Locator("#ref-2").FocusAsync();
        }

        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        Assert.Empty(violations);
        Assert.DoesNotContain(opened.ConsoleProblems, p => p.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
