using System.Text;
using System.Text.RegularExpressions;
using Briefing.Testing;
using Xunit.Abstractions;

namespace Briefing.Csl.Tests.Comparison;

/// <summary>
/// Formats varied real items (items.json) with Briefing.Csl and with pandoc --citeproc, citing each
/// item twice (one citation per paragraph, so one per note in a note style) with the bibliography, and compares them entry by entry after normalising HTML trivia.
/// Skipped, with the reason, where pandoc or Debian's CSL styles are missing.
/// </summary>
public sealed class PandocComparisonTests(ITestOutputHelper output)
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
            if (PandocCiteproc.Normalise(expected) != PandocCiteproc.Normalise(actual))
            {
                disagreements.Add($"{what}\n  pandoc: {PandocCiteproc.Normalise(expected)}\n  ours:   {PandocCiteproc.Normalise(actual)}");
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

            var html = PandocCiteproc.Html(style, bibliography, markdown.ToString());
            var notes = PandocCiteproc.Notes(html);
            var citations = notes.Count > 0 ? notes : [.. InText().Matches(html).Select(m => m.Groups[1].Value)];
            var entries = PandocCiteproc.Entries(html).ToDictionary(StringComparer.Ordinal);
            return (citations, entries);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex("<p>Cite <span class=\"citation\"[^>]*>(.*)</span>\\.</p>")]
    private static partial Regex InText();
}
