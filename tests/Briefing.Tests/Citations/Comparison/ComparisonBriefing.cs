using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Citations.Comparison;

/// <summary>
/// A briefing whose notes cite every source of sources.json (Zotero, Better BibTeX and Juris-M
/// exports among them) with locators, in first, subsequent and ibid positions, written both as a
/// Briefing input folder and as the same notes in pandoc's Markdown.
/// </summary>
internal sealed class ComparisonBriefing
{
    public ComparisonBriefing()
    {
        Sources = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Citations", "Comparison", "sources.json"));
        using var document = JsonDocument.Parse(Sources);
        Ids = [.. document.RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
        Notes = WriteNotes(Ids);
    }

    /// <summary>The sources, as CSL-JSON.</summary>
    public string Sources { get; }

    public IReadOnlyList<string> Ids { get; }

    /// <summary>Each note's Markdown, in reading order.</summary>
    public IReadOnlyList<string> Notes { get; }

    private static List<string> WriteNotes(IReadOnlyList<string> ids)
    {
        var notes = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            notes.Add((i % 3) switch
            {
                0 => $"[@{ids[i]}, 12].",
                1 => $"See [@{ids[i]}, p. 12].",
                _ => $"On this, see [@{ids[i]}, chap. 3] and what follows.",
            });
        }

        for (var i = 0; i < ids.Count; i++)
        {
            notes.Add(i % 2 == 0 ? $"[@{ids[i]}]." : $"Compare [@{ids[i]}, 20-21].");
            if (i % 5 == 0)
            {
                // Ibid with a locator, ibid, then ibid without one.
                notes.AddRange([$"[@{ids[i]}, 30].", $"Again [@{ids[i]}, 30].", $"[@{ids[i]}]."]);
            }
        }

        // Several sources in one citation, two citations in one note, prefixes, suffixes and labels.
        notes.AddRange([
            $"See [@{ids[0]}; @{ids[1]}, 5].", $"[@{ids[1]}, 6].", $"Both [@{ids[2]}] and [@{ids[3]}, 7], and again [@{ids[3]}, 8].",
            $"[see @{ids[4]}, pp. 99-100, for the argument].", $"As [@{ids[5]}, sec. 4] and [@{ids[6]}, 321-28] say.",
            $"[@{ids[7]}, para. 8; compare @{ids[8]}, 1087-1089].", $"[@{ids[8]}, chaps. 2-3]."]);
        return notes;
    }

    private static string Marker(int number) => "Marker-" + number.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The input folder: site.yml with the style (none: the default), the sources, and the briefing whose paragraphs the notes annotate.</summary>
    public string WriteInput(TempFolder temp, string? style)
    {
        var input = SiteBuilder.Create(temp, string.Concat(Notes.Select((_, i) => Marker(i + 1) + " ends here.\n\n")));
        temp.Write("input/site.yml", SiteBuilder.SiteYml + (style is null ? "" : $"\ncitation_style: {style}\n"));
        temp.Write("input/sources.json", Sources);
        var annotations = new StringBuilder("annotations:\n");
        for (var i = 0; i < Notes.Count; i++)
        {
            annotations.Append(CultureInfo.InvariantCulture, $"  - id: n{i + 1}\n    quote: {Marker(i + 1)}\n    note: {JsonSerializer.Serialize(Notes[i])}\n");
        }

        temp.Write($"input/briefings/{SiteBuilder.Slug}/annotations.yml", annotations.ToString());
        return input;
    }

    /// <summary>The same paragraphs and notes as footnotes in pandoc's Markdown.</summary>
    public string PandocMarkdown()
    {
        var markdown = new StringBuilder();
        for (var i = 0; i < Notes.Count; i++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"{Marker(i + 1)} ends here.[^n{i + 1}]\n\n[^n{i + 1}]: {Notes[i]}\n\n");
        }

        return markdown.ToString();
    }
}
