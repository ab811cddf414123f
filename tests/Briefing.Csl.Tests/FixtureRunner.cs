using System.Text.Json;

namespace Briefing.Csl.Tests;

/// <summary>Runs a fixture as jgm/citeproc's test runner does and returns the expected and actual output.</summary>
internal static class FixtureRunner
{
    public static (string Expected, string Actual) Run(FixtureFile fixture)
    {
        var style = CslStyle.Parse(fixture.Csl);
        var items = CslItem.ParseAll(fixture.Input);
        var citations = Citations(fixture, items);
        var result = new CslProcessor(style, items).Process(citations);
        var expected = fixture.Citations is null ? fixture.Result : WithoutCitationNumbers(fixture.Result);
        var actual = fixture.Mode == "bibliography"
            ? Bibliography(result.Bibliography)
            : string.Join("\n", result.Citations);
        return (expected, actual);
    }

    private static string Bibliography(IReadOnlyList<CslEntry> entries)
    {
        var lines = new List<string> { "<div class=\"csl-bib-body\">" };
        foreach (var entry in entries)
        {
            lines.Add(entry.Html.StartsWith("<div", StringComparison.Ordinal)
                ? "  <div class=\"csl-entry\">\n    " + entry.Html + "\n  </div>"
                : entry.Html.EndsWith("</div>", StringComparison.Ordinal)
                    ? "  <div class=\"csl-entry\">" + entry.Html + "\n  </div>"
                    : "  <div class=\"csl-entry\">" + entry.Html + "</div>");
        }
        lines.Add("</div>");
        return string.Join("\n", lines);
    }

    private static string WithoutCitationNumbers(string result) => string.Join("\n", result.Split('\n')
        .Select(line => line.TrimStart('>', '.', '[', ']', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimStart(' ')));

    private static List<CslCitation> Citations(FixtureFile fixture, IReadOnlyList<CslItem> items)
    {
        if (fixture.Citations is { } citations)
        {
            using var document = JsonDocument.Parse(citations);
            return InDocumentOrder(document.RootElement.EnumerateArray().ToList());
        }
        if (fixture.CitationItems is { } citationItems)
        {
            using var document = JsonDocument.Parse(citationItems);
            return document.RootElement.EnumerateArray().Select(c => ReadCitation(c)).ToList();
        }
        return fixture.Mode == "citation"
            ? [new CslCitation(items.Select(i => i.Id).Distinct().Select(id => new CslCite(id)).ToList())]
            : items.Select(i => new CslCitation([new CslCite(i.Id)])).ToList();
    }

    /// <summary>
    /// Citations as the document holds them after the last insertion: the last entry's citationsPre, itself, then its
    /// citationsPost, each with the note index given there and its latest definition.
    /// </summary>
    private static List<CslCitation> InDocumentOrder(List<JsonElement> entries)
    {
        var byId = new Dictionary<string, CslCitation>();
        foreach (var entry in entries)
        {
            var citation = ReadCitation(entry[0]);
            byId[citation.Id ?? ""] = citation;
        }
        var last = entries[^1];
        var lastCitation = ReadCitation(last[0]);
        var order = new List<CslCitation>();
        foreach (var pair in last[1].EnumerateArray())
        {
            order.Add(byId[pair[0].GetString() ?? ""] with { NoteNumber = pair[1].GetInt32() });
        }
        order.Add(lastCitation);
        foreach (var pair in last[2].EnumerateArray())
        {
            order.Add(byId[pair[0].GetString() ?? ""] with { NoteNumber = pair[1].GetInt32() });
        }
        return order;
    }

    private static CslCitation ReadCitation(JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Array)
        {
            return new CslCitation(json.EnumerateArray().Select(ReadCite).ToList());
        }
        var note = json.TryGetProperty("properties", out var properties) && properties.TryGetProperty("noteIndex", out var index)
            && index.ValueKind == JsonValueKind.Number ? index.GetInt32() : (int?)null;
        return new CslCitation(json.GetProperty("citationItems").EnumerateArray().Select(ReadCite).ToList())
        {
            Id = json.TryGetProperty("citationID", out var id) ? id.ToString() : null,
            NoteNumber = note,
        };
    }

    private static CslCite ReadCite(JsonElement json)
    {
        string? Text(string name) => json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
        bool Flag(string name) => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
        return new CslCite(Text("id") ?? "")
        {
            Locator = Text("locator"),
            Label = Text("label"),
            Prefix = Text("prefix"),
            Suffix = Text("suffix"),
            SuppressAuthor = Flag("suppress-author"),
            AuthorOnly = Flag("author-only"),
        };
    }
}
