using System.Runtime.InteropServices;
using Briefing.Cli.Preview;

namespace Briefing.Cli.Commands;

internal sealed class PreviewCommand : AsyncCommand<PreviewCommand.Settings>
{
    internal sealed class Settings : OutputSettings
    {
        [CommandOption("--port <PORT>")]
        [Description("The port on 127.0.0.1 (default: 5080; 0 picks a free one).")]
        [DefaultValue(5080)]
        public int Port { get; init; } = 5080;

        [CommandOption("--no-watch")]
        [Description("Build once and serve; do not rebuild on changes.")]
        public bool NoWatch { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Port is < 0 or > 65535)
        {
            return Report.Usage($"--port must be between 0 and 65535, not {settings.Port}.");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var log = TextWriter.Synchronized(Console.Error);
        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(settings.Build(), settings.Port, !settings.NoWatch, log, stop.Token);
        }
        catch (PreviewUsageException ex)
        {
            return Report.Usage(ex.Message);
        }
        catch (OperationCanceledException)
        {
            return (int)ExitCode.Success;
        }

        await using (session)
        {
            var watching = settings.NoWatch ? "not watching for changes" : $"rebuilding on changes to {settings.Input}/ and {settings.Theme}/";
            log.WriteLine($"Serving {settings.Output}/ at {session.Address} ({watching}). Press Ctrl+C to stop.");
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            log.WriteLine("Stopping the preview.");
        }

        return (int)ExitCode.Success;
    }
}
