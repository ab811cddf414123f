using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefing.Tests.Support;

namespace Briefing.Tests.Preview;

/// <summary>`briefing preview` as a separate process: how it starts, refuses and stops.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public async Task A_port_in_use_exits_2_naming_the_port_and_the_option()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            using var process = Start(temp.Path, "preview", "--theme", RepositoryPaths.Theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var stderr = process.StandardError.ReadToEndAsync();
            await WaitForExitAsync(process);

            Assert.Equal(2, process.ExitCode);
            Assert.Contains($"Port {port} on 127.0.0.1 is in use", await stderr, StringComparison.Ordinal);
            Assert.Contains("--port", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task A_stop_signal_ends_the_preview_cleanly_with_a_page_still_listening()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        using var process = Start(temp.Path, "preview", "--theme", RepositoryPaths.Theme, "--port", "0");
        var address = await BriefingProcess.ServingAddressAsync(process);
        using var http = new HttpClient { BaseAddress = address };
        using var events = await EventStream.OpenAsync(http);
        await events.WaitForAsync("hello");

        // SIGTERM, not SIGINT: a shell that starts the tests in the background makes its children ignore SIGINT.
        // The command handles both the same way.
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await WaitForExitAsync(process);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_port_out_of_range_exits_2()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        using var process = Start(temp.Path, "preview", "--theme", RepositoryPaths.Theme, "--port", "70000");
        var stderr = process.StandardError.ReadToEndAsync();
        await WaitForExitAsync(process);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--port must be between 0 and 65535", await stderr, StringComparison.Ordinal);
    }

    private static Process Start(string workingFolder, params string[] arguments) =>
        Process.Start(BriefingProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "briefing.dll"), .. arguments], workingFolder,
            new Dictionary<string, string>()))!;

    private static async Task WaitForExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("briefing preview did not end within a minute");
        }
    }
}
