using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;
using Xunit.Abstractions;

namespace Briefing.Tests.Citations.Comparison;

/// <summary>
/// Builds a real briefing whose notes cite varied real sources, reads each note and each
/// bibliography entry from the page, and compares them with pandoc --citeproc given the same
/// sources and the same notes as footnotes. Skipped locally without pandoc; fails on CI without it.
/// </summary>
public sealed partial class PandocComparisonTests(ITestOutputHelper output)
{
    [PandocFact("chicago-note-bibliography")]
    public void The_default_chicago_notes_and_bibliography_agree_with_pandoc() =>
        AssertAgreement(null, "chicago-note-bibliography", 0.97);

    [PandocFact("apa")]
    public void Apa_notes_and_bibliography_agree_with_pandoc() => AssertAgreement("apa", "apa", 0.90);

    private void AssertAgreement(string? siteStyle, string style, double required)
    {
        var briefing = new ComparisonBriefing();
        var (pandocNotes, pandocEntries) = PandocReference.Format(briefing, style);
        var (notes, entries) = Build(briefing, siteStyle);

        var compared = 0;
        var disagreements = new List<string>();
        void Compare(string what, string expected, string actual)
        {
            compared++;
            if (Normalise(expected) != Normalise(actual))
            {
                disagreements.Add($"{what}\n  pandoc:   {Normalise(expected)}\n  briefing: {Normalise(actual)}");
            }
        }

        Assert.Equal(briefing.Notes.Count, notes.Count);
        for (var i = 0; i < notes.Count; i++)
        {
            Compare($"note {i + 1}: {briefing.Notes[i]}", pandocNotes.ElementAtOrDefault(i) ?? "", notes[i]);
        }

        Assert.Equal(briefing.Ids.Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, html) in entries)
        {
            Compare($"bibliography {id}", pandocEntries.GetValueOrDefault(id, ""), html);
        }

        var agreement = (double)(compared - disagreements.Count) / compared;
        output.WriteLine($"{style}: {compared - disagreements.Count} of {compared} notes and entries agree with pandoc ({agreement:P1}).");
        disagreements.ForEach(output.WriteLine);
        Assert.True(agreement >= required, $"{style}: {agreement:P1} agree, {required:P0} required:\n" + string.Join('\n', disagreements));
    }

    /// <summary>The built page's notes (without their backlinks) and bibliography entries (without "Cited in").</summary>
    private static (List<string> Notes, Dictionary<string, string> Entries) Build(ComparisonBriefing briefing, string? style)
    {
        using var temp = new TempFolder();
        briefing.WriteInput(temp, style);
        var result = BuildSite.Run(SiteBuilder.Options(temp));
        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html")));
        foreach (var extra in page.QuerySelectorAll("[data-editor-notes] a[role=doc-backlink], [role=doc-bibliography] li > small"))
        {
            extra.Remove();
        }

        var notes = page.QuerySelectorAll("[data-editor-notes] li").Select(li => li.InnerHtml).ToList();
        var entries = page.QuerySelectorAll("[role=doc-bibliography] li")
            .ToDictionary(li => Uri.UnescapeDataString(li.Id!["source-".Length..]), li => li.InnerHtml, StringComparer.Ordinal);
        return (notes, entries);
    }

    /// <summary>Text with italics kept as *…*, other tags dropped, entities decoded and spaces collapsed.</summary>
    private static string Normalise(string html)
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
