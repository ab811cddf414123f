namespace Briefing.Tests.Citations.Comparison;

/// <summary>
/// A fact that compares with pandoc and one of Debian's CSL styles: skipped with the reason where
/// either is missing, except on CI (CI=true), where a missing reference must fail the run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PandocFactAttribute : FactAttribute
{
    public const string Pandoc = "/usr/bin/pandoc";

    public PandocFactAttribute(string style)
    {
        var missing = !File.Exists(Pandoc) || !File.Exists(StylePath(style));
        if (missing && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Pandoc} or {StylePath(style)} is missing: install them (apt-get install -y pandoc citation-style-language-styles) to compare with pandoc.";
        }
    }

    public static string StylePath(string style) => $"/usr/share/citation-style-language/styles/{style}.csl";
}
