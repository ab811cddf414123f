using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// The repository's site built into a temporary folder, served on loopback and opened in Debian's
/// Chromium: what every browser-test site starts, and removes again.
/// </summary>
internal sealed class ServedSite : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticSiteServer? _server;

    private ServedSite()
    {
    }

    public string Output => Path.Combine(_folder, "output");

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("The site is not being served.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    /// <summary>Builds the site with <paramref name="options"/> (given the output folder), serves it under <paramref name="pathBase"/> and starts the browser.</summary>
    public static async Task<ServedSite> StartAsync(Func<string, BuildOptions> options, string pathBase = "")
    {
        var site = new ServedSite();
        var result = BuildSite.Run(options(site.Output));
        if (result.ExitCode != Diagnostics.ExitCode.Success)
        {
            throw new InvalidOperationException("The seed site did not build:\n"
                + Diagnostics.DiagnosticFormatter.Format(result.Diagnostics, Diagnostics.DiagnosticFormat.Human) + result.UsageError);
        }

        site._server = await StaticSiteServer.StartAsync(site.Output, pathBase);

        // Debian's browser only: Playwright must never fetch one of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        site._playwright = await Playwright.CreateAsync();
        site._browser = await LaunchAsync(site._playwright);
        return site;
    }

    /// <summary>Debian's Chromium, headless, with nothing of its own reaching the network.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic",
            ],
        });

    public async ValueTask DisposeAsync()
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
