using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Briefing.Csl.Tests.Comparison;

/// <summary>
/// Formats varied real items (items.json) with Briefing.Csl and with pandoc --citeproc, citing each
/// item twice (one citation per paragraph, so one per note in a note style) with the bibliography, and compares them entry by entry after normalising HTML trivia.
/// Skipped, with the reason, where pandoc or Debian's CSL styles are missing.
/// </summary>
public sealed partial class PandocComparisonTests(ITestOutputHelper output)
{
    [PandocFact("chicago-note-bibliography")]
    public void Chicago_notes_and_bibliography_agree_with_pandoc() => AssertAgreement("chicago-note-bibliography", 0.97);

    [PandocFact("apa")]
    public void Apa_citations_and_bibliography_agree_with_pandoc() => AssertAgreement("apa", 0.90);

    private void AssertAgreement(string style, double required)
    {
        var items = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Comparison", "items.json"));
        // Each item cited once, then again after the others: first and subsequent positions.
        var ids = CslItem.ParseAll(items).Select(i => i.Id).ToList();
        List<string> cites = [.. ids, .. ids];
        var pandoc = PandocRun.Format(PandocFactAttribute.StylePath(style), items, cites);
        var ours = Ours(style, items, cites);

        var compared = 0;
        var disagreements = new List<string>();
        void Compare(string what, string expected, string actual)
        {
            compared++;
            if (Normalise(expected) != Normalise(actual))
            {
                disagreements.Add($"{what}\n  pandoc: {Normalise(expected)}\n  ours:   {Normalise(actual)}");
            }
        }

        for (var i = 0; i < cites.Count; i++)
        {
            Compare($"citation {i + 1} {cites[i]}", pandoc.Citations.ElementAtOrDefault(i) ?? "", ours.Citations[i]);
        }

        foreach (var entry in ours.Bibliography)
        {
            Compare($"bibliography {entry.Id}", pandoc.Bibliography.GetValueOrDefault(entry.Id, ""), entry.Html);
        }

        var agreement = (double)(compared - disagreements.Count) / compared;
        output.WriteLine($"{style}: {compared - disagreements.Count} of {compared} entries agree with pandoc ({agreement:P1}).");
        disagreements.ForEach(output.WriteLine);
        Assert.True(agreement >= required, $"{style}: {agreement:P1} of entries agree, {required:P0} required:\n" + string.Join('\n', disagreements));
    }

    private static CslResult Ours(string style, string items, List<string> ids)
    {
        var parsed = CslStyle.Parse(File.ReadAllText(PandocFactAttribute.StylePath(style)));
        var processor = new CslProcessor(parsed, CslItem.ParseAll(items));
        return processor.Process([.. ids.Select((id, i) => new CslCitation([new CslCite(id)]) { NoteNumber = i + 1 })]);
    }

    /// <summary>Text with italics kept as *…*, other tags dropped, entities decoded and spaces collapsed.</summary>
    internal static string Normalise(string html)
    {
        var text = Italic().Replace(html, "*");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("</?(em|i)>")]
    private static partial Regex Italic();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>pandoc --citeproc on a document that cites each item once, in its own paragraph.</summary>
internal static partial class PandocRun
{
    public static (List<string> Citations, Dictionary<string, string> Bibliography) Format(string style, string items, List<string> ids)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-csl-pandoc-");
        try
        {
            var bibliography = Path.Combine(folder.FullName, "items.json");
            File.WriteAllText(bibliography, items);
            var markdown = new StringBuilder();
            foreach (var id in ids)
            {
                markdown.Append("Cite [@").Append(id).Append("].\n\n");
            }

            var html = Run(style, bibliography, markdown.ToString());
            var notes = Note().Matches(html).Select(m => m.Groups[1].Value).ToList();
            var citations = notes.Count > 0 ? notes : [.. InText().Matches(html).Select(m => m.Groups[1].Value)];
            var entries = Entry().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
            return (citations, entries);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Run(string style, string bibliography, string markdown)
    {
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

    [GeneratedRegex("<li id=\"fn\\d+\"[^>]*><p>(.*?)<a href=\"#fnref\\d+\"", RegexOptions.Singleline)]
    private static partial Regex Note();

    [GeneratedRegex("<p>Cite <span class=\"citation\"[^>]*>(.*)</span>\\.</p>")]
    private static partial Regex InText();

    [GeneratedRegex("<div id=\"ref-([^\"]+)\" class=\"csl-entry\"[^>]*>\\s*(.*?)\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex Entry();
}
