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

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticSiteServer? _server;

    /// <summary>The site's root, ending in /annotated/.</summary>
    public Uri Root => new(_server?.Address ?? throw new InvalidOperationException("The site is not being served."), PathBase + "/");

    public string Output => Path.Combine(_folder, "output");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (SearchFactAttribute.MissingReason is not null)
        {
            return;
        }

        var pagefind = PagefindProgram.FindOnPath()
            ?? throw new InvalidOperationException($"CI=true and pagefind is missing: .ci/run must install it ({PagefindProgram.HowToInstall}).");
        var result = BuildSite.Run(new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, Output, "https://example.org" + PathBase, Pagefind: pagefind));
        if (result.ExitCode != Diagnostics.ExitCode.Success)
        {
            throw new InvalidOperationException("The seed site did not build with search:\n"
                + Diagnostics.DiagnosticFormatter.Format(result.Diagnostics, Diagnostics.DiagnosticFormat.Human) + result.UsageError);
        }

        _server = await StaticSiteServer.StartAsync(Output, PathBase);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserSite.LaunchAsync(_playwright);
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
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
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
