using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Briefing.Testing;

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

/// <summary>pandoc --citeproc, the reference both test projects compare citations with, and what they read of its HTML.</summary>
internal static partial class PandocCiteproc
{
    /// <summary>The HTML pandoc makes of <paramref name="markdown"/> with the style and the CSL-JSON bibliography file.</summary>
    public static string Html(string style, string bibliography, string markdown)
    {
        Assert.True(File.Exists(PandocFactAttribute.Pandoc) && File.Exists(style),
            $"CI must install the reference: {PandocFactAttribute.Pandoc} and {style} (apt-get install pandoc citation-style-language-styles).");
        var start = new ProcessStartInfo(PandocFactAttribute.Pandoc)
        {
            ArgumentList = { "-f", "markdown", "-t", "html", "--wrap=none", "--citeproc", "--csl", style, "--bibliography", bibliography },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var pandoc = Process.Start(start)!;
        pandoc.StandardInput.Write(markdown);
        pandoc.StandardInput.Close();
        var errors = pandoc.StandardError.ReadToEndAsync();
        var html = pandoc.StandardOutput.ReadToEnd();
        pandoc.WaitForExit();
        Assert.True(pandoc.ExitCode == 0, errors.Result);
        return html;
    }

    /// <summary>Each footnote's text, in order.</summary>
    public static List<string> Notes(string html) => [.. Note().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>Each bibliography entry's id and HTML, in pandoc's order.</summary>
    public static List<KeyValuePair<string, string>> Entries(string html) =>
        [.. Entry().Matches(html).Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value))];

    /// <summary>Text with italics kept as *…*, other tags dropped, entities decoded and spaces collapsed.</summary>
    public static string Normalise(string html)
    {
        var text = Italic().Replace(html, "*");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<li id=\"fn\\d+\"[^>]*><p>(.*?)<a href=\"#fnref\\d+\"", RegexOptions.Singleline)]
    private static partial Regex Note();

    [GeneratedRegex("<div id=\"ref-([^\"]+)\" class=\"csl-entry\"[^>]*>\\s*(.*?)\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex Entry();

    [GeneratedRegex("</?(em|i)>")]
    private static partial Regex Italic();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
