namespace Briefing.Cli.Commands;

/// <summary>Prints a build's outcome and turns it into the process exit code.</summary>
internal static class Report
{
    public static int Usage(string message)
    {
        Console.Error.WriteLine($"briefing: {message}");
        return (int)ExitCode.UsageError;
    }

    public static int Show(BuildResult result, DiagnosticFormat format)
    {
        if (result.UsageError is { } usage)
        {
            return Usage(usage);
        }

        if (format != DiagnosticFormat.Human)
        {
            var counts = result.ExitCode == ExitCode.Success ? (result.Briefings, result.Notes) : ((int, int)?)null;
            Console.Out.Write(DiagnosticFormatter.Format(result.Diagnostics, format, counts));
        }
        else if (result.Diagnostics.Length > 0)
        {
            Console.Error.Write(DiagnosticFormatter.Format(result.Diagnostics, format));
        }

        return (int)result.ExitCode;
    }

    /// <summary>A line for the person reading: on stderr in human format, as a GitHub notice titled <paramref name="title"/>, none in JSON.</summary>
    public static void Notice(DiagnosticFormat format, string title, string line)
    {
        if (format == DiagnosticFormat.Human)
        {
            Console.Error.WriteLine(line);
        }
        else if (format == DiagnosticFormat.GitHub)
        {
            Console.Out.WriteLine($"::notice title={title}::{line}");
        }
    }

    /// <summary>Runs a build; an exception is a bug or an I/O failure: report it and return null (exit 3).</summary>
    public static BuildResult? Guard(Func<BuildResult> build) => Guard(build, inner =>
    {
        Console.Error.WriteLine($"briefing: unexpected failure: {inner.Message}");
        Console.Error.WriteLine(inner is Output.OutputSwapFailure
            ? "The output folder is missing; the previous output is whole in the folder named above."
            : "The previous output was left as it was. Please report this with the content that caused it.");
        Console.Error.WriteLine(inner.ToString());
    });

    /// <summary>Runs a build; an exception (a bug or an I/O failure; a lone task's unwrapped) goes to <paramref name="failed"/>.</summary>
    public static T? Guard<T>(Func<T> build, Action<Exception> failed)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            failed(ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : ex);
            return default;
        }
    }
}
