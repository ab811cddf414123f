using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The repository's own site, built into a temporary folder, served on loopback and opened in Debian's
/// Chromium. Shared by every browser test; nothing starts where the browser tests are skipped.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string BriefingPath = "/briefings/china-north-korea-relationship/";

    private ServedSite? _site;

    public Uri Address => Site.Address;

    public IBrowser Browser => Site.Browser;

    /// <summary>Where screenshots go: the test's output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private ServedSite Site => _site ?? throw new InvalidOperationException("The site is not being served.");

    public async Task InitializeAsync()
    {
        if (Chromium.MissingReason is not null)
        {
            return;
        }

        if (!File.Exists(Chromium.ExecutablePath))
        {
            throw new InvalidOperationException($"CI=true and {Chromium.ExecutablePath} is missing: .ci/run must install Debian's chromium before the tests.");
        }

        _site = await ServedSite.StartAsync(output => new BuildOptions(RepositoryPaths.Input, RepositoryPaths.Theme, output));
    }

    /// <summary>A fresh page in its own context; requests that leave the loopback server are refused and recorded.</summary>
    public async Task<OpenedPage> OpenAsync(string path, int width = 1280, int height = 900, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light, bool touch = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
            HasTouch = touch,
            IsMobile = touch,
            // Jumps to a note happen at once, so a test can check where the page is right after a click.
            ReducedMotion = ReducedMotion.Reduce,
        });
        var opened = new OpenedPage(context, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Authority == Address.Authority)
            {
                await route.ContinueAsync();
            }
            else
            {
                opened.ForeignRequests.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        opened.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                opened.ConsoleProblems.Add(message.Text);
            }
        };
        opened.Page.PageError += (_, error) => opened.ConsoleProblems.Add(error);
        await opened.Page.GotoAsync(new Uri(Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}

/// <summary>A page and its browser context, with what went wrong while it loaded.</summary>
public sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ForeignRequests { get; } = [];

    public List<string> ConsoleProblems { get; } = [];

    public ValueTask DisposeAsync() => context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
