namespace Briefing.BrowserTests.Support;

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>: skipped with the reason where Chromium is missing, failed on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
