using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Briefing.Tests.Citations.Comparison;

/// <summary>pandoc --citeproc on the comparison briefing: each footnote's text and each bibliography entry, as HTML.</summary>
internal static partial class PandocReference
{
    /// <returns>The footnotes in order, and the bibliography's entries by id, in pandoc's order.</returns>
    public static (List<string> Notes, List<KeyValuePair<string, string>> Bibliography) Format(ComparisonBriefing briefing, string style)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-pandoc-");
        try
        {
            var sources = Path.Combine(folder.FullName, "sources.json");
            File.WriteAllText(sources, briefing.Sources);
            var html = Run(PandocFactAttribute.StylePath(style), sources, briefing.PandocMarkdown());
            var notes = Note().Matches(html).Select(m => m.Groups[1].Value).ToList();
            var entries = Entry().Matches(html).Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value)).ToList();
            return (notes, entries);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Run(string style, string sources, string markdown)
    {
        Assert.True(File.Exists(PandocFactAttribute.Pandoc) && File.Exists(style),
            $"CI must install the reference: {PandocFactAttribute.Pandoc} and {style} (apt-get install pandoc citation-style-language-styles).");
        var start = new ProcessStartInfo(PandocFactAttribute.Pandoc)
        {
            ArgumentList = { "-f", "markdown", "-t", "html", "--wrap=none", "--citeproc", "--csl", style, "--bibliography", sources },
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

    [GeneratedRegex("<li id=\"fn\\d+\"[^>]*><p>(.*?)<a href=\"#fnref\\d+\"", RegexOptions.Singleline)]
    private static partial Regex Note();

    [GeneratedRegex("<div id=\"ref-([^\"]+)\" class=\"csl-entry\"[^>]*>\\s*(.*?)\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex Entry();
}
