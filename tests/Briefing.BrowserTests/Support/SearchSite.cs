using Briefing.Search;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The repository's site built as a GitHub Pages project site is: with Pagefind's search index, for a
/// base URL with a sub-path, and served under that sub-path (/annotated/) on loopback.
/// </summary>
public sealed class SearchSite : IAsyncLifetime
{
    public const string PathBase = "/annotated";

    private ServedSite? _site;

    /// <summary>The site's root, ending in /annotated/.</summary>
    public Uri Root => new(Site.Address, PathBase + "/");

    public string Output => Site.Output;

    public IBrowser Browser => Site.Browser;

    private ServedSite Site => _site ?? throw new InvalidOperationException("The site is not being served.");

    public async Task InitializeAsync()
    {
        if (SearchFactAttribute.MissingReason is not null)
        {
            return;
        }

        var pagefind = PagefindProgram.FindOnPath()
            ?? throw new InvalidOperationException($"CI=true and pagefind is missing: .ci/run must install it ({PagefindProgram.HowToInstall}).");
        _site = await ServedSite.StartAsync(
            output => new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, output, "https://example.org" + PathBase, Pagefind: pagefind), PathBase);
    }

    /// <summary>A fresh page at <paramref name="path"/> under the site's root, with every response that failed recorded.</summary>
    public async Task<(IPage Page, List<string> Failed)> OpenAsync(string path, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) => failed.Add($"failed {request.Url}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failed.Add("console: " + message.Text);
            }
        };
        await page.GotoAsync(new Uri(Root, path).ToString());
        return (page, failed);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SearchGroup : ICollectionFixture<SearchSite>
{
    public const string Name = "Search";
}

/// <summary>A fact that needs Chromium and Pagefind: skipped with the reason where either is missing, failed on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SearchFactAttribute : FactAttribute
{
    public SearchFactAttribute()
    {
        if (MissingReason is { } reason)
        {
            Skip = reason;
        }
    }

    public static string? MissingReason => Chromium.MissingReason
        ?? (Chromium.OnCi || PagefindProgram.FindOnPath() is not null ? null
            : $"pagefind is not on PATH: install it ({PagefindProgram.HowToInstall}) to run the search tests.");
}
