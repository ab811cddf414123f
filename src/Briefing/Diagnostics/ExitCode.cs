namespace Briefing.Diagnostics;

internal enum ExitCode
{
    Success = 0,
    ContentErrors = 1,
    UsageError = 2,
    UnexpectedFailure = 3,
}
