using Briefing.BrowserTests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Reading;

[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, ColorScheme> Pages => new()
    {
        { "/", ColorScheme.Light },
        { BrowserSite.BriefingPath, ColorScheme.Light },
        { BrowserSite.BriefingPath, ColorScheme.Dark },
        { "/topics/north-korea/", ColorScheme.Light },
        { "/about/", ColorScheme.Light },
        { "/no-such-page/", ColorScheme.Light },
    };

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations(string path, ColorScheme scheme)
    {
        await using var opened = await site.OpenAsync(path, colorScheme: scheme);
        var result = await opened.Page.RunAxe();
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => n.Html))));
        Assert.True(result.Violations.Length == 0, report);
    }

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task Pages_hold_under_a_strict_content_security_policy_and_request_nothing_from_elsewhere(string path, ColorScheme scheme)
    {
        await using var opened = await site.OpenAsync(path, colorScheme: scheme);
        await opened.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(opened.ForeignRequests);
        Assert.DoesNotContain(opened.ConsoleProblems, p => !p.Contains("404", StringComparison.Ordinal));
    }
}
