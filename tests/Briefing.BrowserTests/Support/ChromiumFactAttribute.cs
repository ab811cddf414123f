namespace Briefing.BrowserTests.Support;

/// <summary>
/// A fact that needs Debian's Chromium. Where /usr/bin/chromium is missing it is reported as skipped,
/// with the reason — except on CI (CI=true), where a missing browser must fail the run instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}

internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool OnCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why the browser tests cannot run here; null when they can, or must (on CI).</summary>
    public static string? MissingReason => File.Exists(ExecutablePath) || OnCi
        ? null
        : $"{ExecutablePath} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests.";
}
