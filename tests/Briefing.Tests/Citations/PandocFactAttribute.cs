namespace Briefing.Tests.Citations;

/// <summary>
/// A fact that compares with pandoc and the given CSL style. Where either is missing it is reported as
/// skipped, with the reason — except on CI (CI=true), where a missing reference must fail the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PandocFactAttribute : FactAttribute
{
    public const string Pandoc = "/usr/bin/pandoc";

    public PandocFactAttribute(string style)
    {
        if (MissingReason(style) is { } reason)
        {
            Skip = reason;
        }
    }

    public static bool OnCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why the comparison cannot run here; null when it can, or must (on CI).</summary>
    public static string? MissingReason(string style) => (File.Exists(Pandoc) && File.Exists(style)) || OnCi
        ? null
        : $"{Pandoc} or {style} is missing: install them (apt-get install -y pandoc citation-style-language-styles) to compare with pandoc.";
}
