using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Testing;
using Briefing.Tests.Support;
using Xunit.Abstractions;

namespace Briefing.Tests.Citations.Comparison;

/// <summary>
/// Builds a real briefing whose notes cite varied real sources, reads each note and each
/// bibliography entry from the page, and compares them with pandoc --citeproc given the same
/// sources and the same notes as footnotes; and the full notes of the annotation export with pandoc's
/// chicago-fullnote-bibliography. Skipped locally without pandoc; fails on CI without it.
/// </summary>
public sealed class PandocComparisonTests(ITestOutputHelper output)
{
    [PandocFact("chicago-note-bibliography")]
    public void The_default_chicago_notes_and_bibliography_agree_with_pandoc() =>
        AssertAgreement(null, "chicago-note-bibliography", 0.97);

    [PandocFact("apa")]
    public void Apa_notes_and_bibliography_agree_with_pandoc() => AssertAgreement("apa", "apa", 0.90);

    /// <summary>The full notes of the W3C export (annotations.jsonld), in plain text: full at a source's first citation, short after.</summary>
    [PandocFact("chicago-fullnote-bibliography")]
    public void The_full_notes_of_the_annotation_export_agree_with_pandoc()
    {
        var briefing = new ComparisonBriefing();
        var (pandocNotes, _) = PandocReference.Format(briefing, "chicago-fullnote-bibliography");
        var built = Build(briefing, null);

        var agreement = new Agreement();
        Assert.Equal(briefing.Notes.Count, built.Export.Count);
        for (var i = 0; i < built.Export.Count; i++)
        {
            agreement.Compare($"note {i + 1}: {briefing.Notes[i]}", PandocCiteproc.Normalise(pandocNotes.ElementAtOrDefault(i) ?? "").Replace("*", "", StringComparison.Ordinal), built.Export[i]);
        }

        agreement.Assert("chicago-fullnote-bibliography", 0.97, output);
        Assert.Equal("Michael Pollan, The Omnivore’s Dilemma: A Natural History of Four Meals (New York: Penguin, 2006), 12.", built.Export[0]);
    }

    private void AssertAgreement(string? siteStyle, string style, double required)
    {
        var briefing = new ComparisonBriefing();
        var (pandocNotes, pandocEntries) = PandocReference.Format(briefing, style);
        var (notes, entries, _) = Build(briefing, siteStyle);

        var agreement = new Agreement();
        Assert.Equal(briefing.Notes.Count, notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            agreement.Compare($"note {i + 1}: {briefing.Notes[i]}", PandocCiteproc.Normalise(pandocNotes.ElementAtOrDefault(i) ?? ""), PandocCiteproc.Normalise(notes[i]));
        }

        Assert.Equal(briefing.Ids.Order(StringComparer.Ordinal), entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        var pandocEntry = pandocEntries.ToDictionary(StringComparer.Ordinal);
        foreach (var (id, html) in entries)
        {
            agreement.Compare($"bibliography {id}", PandocCiteproc.Normalise(pandocEntry.GetValueOrDefault(id, "")), PandocCiteproc.Normalise(html));
        }

        agreement.Compare("bibliography order", string.Join(" ", pandocEntries.Select(e => e.Key)), string.Join(" ", entries.Select(e => e.Key)));

        agreement.Assert(style, required, output);
    }

    /// <summary>How many of the compared texts are equal, and how the others differ.</summary>
    private sealed class Agreement
    {
        private readonly List<string> _disagreements = [];
        private int _compared;

        public void Compare(string what, string expected, string actual)
        {
            _compared++;
            if (expected != actual)
            {
                _disagreements.Add($"{what}\n  pandoc:   {expected}\n  briefing: {actual}");
            }
        }

        public void Assert(string style, double required, ITestOutputHelper output)
        {
            var agreement = (double)(_compared - _disagreements.Count) / _compared;
            output.WriteLine($"{style}: {_compared - _disagreements.Count} of {_compared} notes and entries agree with pandoc ({agreement:P1}).");
            _disagreements.ForEach(output.WriteLine);
            Xunit.Assert.True(agreement >= required, $"{style}: {agreement:P1} agree, {required:P0} required:\n" + string.Join('\n', _disagreements));
        }
    }

    /// <summary>The built page's notes (without their backlinks) and bibliography entries (without "Cited in").</summary>
    private static (List<string> Notes, List<KeyValuePair<string, string>> Entries, List<string> Export) Build(ComparisonBriefing briefing, string? style)
    {
        using var temp = new TempFolder();
        briefing.WriteInput(temp, style);
        var result = BuildSite.Run(SiteBuilder.Options(temp));
        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));

        var folder = Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug);
        using var export = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "annotations.jsonld")));
        var exported = export.RootElement.GetProperty("first").GetProperty("items").EnumerateArray()
            .Select(a => a.GetProperty("body")[0].GetProperty("value").GetString()!).ToList();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "index.html")));
        foreach (var extra in page.QuerySelectorAll("[data-editor-notes] a[role=doc-backlink], [role=doc-bibliography] li > small"))
        {
            extra.Remove();
        }

        var notes = page.QuerySelectorAll("[data-editor-notes] li").Select(li => li.InnerHtml).ToList();
        var entries = page.QuerySelectorAll("[role=doc-bibliography] li")
            .Select(li => KeyValuePair.Create(Uri.UnescapeDataString(li.Id!["source-".Length..]), li.InnerHtml)).ToList();
        return (notes, entries, exported);
    }
}
