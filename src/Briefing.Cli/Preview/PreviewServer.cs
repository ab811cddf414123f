using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Cli.Preview;

/// <summary>Kestrel on 127.0.0.1 only, serving the output folder through <see cref="PreviewRequests"/>.</summary>
internal static class PreviewServer
{
    /// <returns>The running server; its <see cref="WebApplication.Urls"/> are what Kestrel bound, e.g. "http://127.0.0.1:5080".</returns>
    /// <exception cref="PreviewUsageException">The port is in use.</exception>
    public static async Task<WebApplication> StartAsync(string outputFolder, int port, PreviewEvents events, CancellationToken cancellationToken)
    {
        // The empty builder reads no appsettings.json or ASPNETCORE_* variables: the command line alone decides.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(1));

        // The command handles Ctrl+C itself; the host must not install its own handler.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var app = builder.Build();
        app.Run(new PreviewRequests(outputFolder, events, app.Lifetime.ApplicationStopping).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return app;
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PreviewUsageException($"Port {port} on 127.0.0.1 is in use. Stop what is using it, or choose another port with --port, e.g. --port {(port == 5080 ? 5081 : 5080)}.");
        }
    }

    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>A preview that cannot start because of how it was asked for (exit 2).</summary>
internal sealed class PreviewUsageException(string message) : Exception(message);
