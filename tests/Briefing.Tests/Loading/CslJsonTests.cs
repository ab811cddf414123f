using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

/// <summary>
/// CSL-JSON sources files read into sources: every field a source keeps, and every problem an item
/// can have as one diagnostic at the place in the file it is about.
/// </summary>
public sealed class CslJsonTests
{
    [Fact]
    public void A_plain_item_is_kept_as_the_csl_json_the_processor_reads()
    {
        const string item = """
            {"id": " src-1 ", "type": "article-journal", "title": " A Title ", "shortTitle": "Short", "container-title": "Journal",
             "title-short": "T. S.", "container-title-short": "C. T. S.", "journalAbbreviation": "J.", "collection-title": "Series", "publisher": "P", "publisher-place": "Seoul",
             "authority": "UN", "genre": "Report", "number": 7, "volume": "4", "issue": "28", "page": "5-6", "section": "A",
             "edition": "2", "medium": "print", "URL": "https://example.org/a", "DOI": "10.1/x", "note": "n", "abstract": {"x": [1, "y"]},
             "author": [{"family": "Kim", "given": "Jong", "comma-suffix": true}, "Agency", {"literal": "Council"}],
             "editor": null, "translator": [{"family": "Lee", "dropping-particle": "de", "non-dropping-particle": "van", "suffix": "Jr."}],
             "issued": {"date-parts": [[2011, "7", 11], [2012]]}, "accessed": {"date-parts": [[2020]]}, "event-date": null}
            """;

        var (library, diagnostics) = Load("[" + item + "]");

        Assert.Empty(diagnostics);
        var source = library.Sources["src-1"];
        Assert.Equal((1, 2), (source.At.Line, source.At.Column));
        Assert.Equal(("article-journal", "https://example.org/a"), (source.Item.Type, source.Item.Url));
        // Trimmed, empty values left out, plain names made literal, the URL last; every other variable as written.
        Assert.Equal(
            """
            {"id":"src-1","type":"article-journal","title":"A Title","shortTitle":"Short","container-title":"Journal","title-short":"T. S.",
            "container-title-short":"C. T. S.","journalAbbreviation":"J.","collection-title":"Series","publisher":"P","publisher-place":"Seoul",
            "authority":"UN","genre":"Report","number":"7","volume":"4","issue":"28","page":"5-6","section":"A","edition":"2","medium":"print",
            "DOI":"10.1/x","note":"n","abstract":{"x":["1","y"]},"author":[{"family":"Kim","given":"Jong","comma-suffix":"true"},{"literal":"Agency"},
            {"literal":"Council"}],"translator":[{"family":"Lee","dropping-particle":"de","non-dropping-particle":"van","suffix":"Jr."}],
            "issued":{"date-parts":[["2011","7","11"],["2012"]]},"accessed":{"date-parts":[["2020"]]},"URL":"https://example.org/a"}
            """.ReplaceLineEndings(""),
            source.Item.Json);
    }

    [Theory]
    [InlineData("""{"id": "a", "type": "book", "issued": "2011-02-03", "composer": [{"family": "x"}]}""", null)]
    [InlineData("""{"id": "a", "type": "book", "ti\u0074le": "x", "abstract": "\u0041"}""", "x")]
    [InlineData("""{"id": "a", "type": "book", "title": "\ud83d\ude00 \u00e9"}""", "😀 é")]
    public void An_item_with_escapes_or_variables_it_does_not_format_is_read(string item, string? title)
    {
        var (library, diagnostics) = Load("[" + item + "]");

        Assert.Empty(diagnostics);
        Assert.Equal(title, library.Sources["a"].Item.ForProcessor().Variable("title"));
    }

    [Theory]
    [InlineData("""{"id": "a", "type": "book", "tittle": "x"}""", DiagnosticCodes.UnknownKey, "\"tittle\"")]
    [InlineData("""{"id": "a", "type": "book", "title": "x", "title": "y"}""", DiagnosticCodes.DuplicateKey, "\"title\": \"y\"")]
    [InlineData("""{"id": "a", "type": "bok"}""", DiagnosticCodes.InvalidValue, "\"bok\"")]
    [InlineData("""{"id": " ", "type": "book"}""", DiagnosticCodes.MissingKey, "{")]
    [InlineData("""{"type": "book"}""", DiagnosticCodes.MissingKey, "{")]
    [InlineData("""{"id": "a", "type": "book", "URL": "ftp://example.org"}""", DiagnosticCodes.UnsafeUrl, "\"ftp:")]
    [InlineData("""{"id": "a", "type": "book", "issued": {"date-parts": [[2011, 2, 30]]}}""", DiagnosticCodes.InvalidDate, "[2011")]
    [InlineData("""{"id": "a", "type": "book", "author": [{"given": "x"}]}""", DiagnosticCodes.MissingKey, "{\"given\"")]
    [InlineData("""{"id": "a", "type": "book", "title": ["x"]}""", DiagnosticCodes.WrongType, "[\"x\"]")]
    [InlineData("""{"id": "a", "type": "book", "abstract": "A \ud800"}""", DiagnosticCodes.JsonSyntax, "\\ud800")]
    [InlineData("""{"id": "a", "type": "book", "\udc00": "x"}""", DiagnosticCodes.JsonSyntax, "\\udc00")]
    [InlineData("""{"id": "a", "type": "book", "title": "\ud83d\ud83d\ude00"}""", DiagnosticCodes.JsonSyntax, "\\ud83d\\ud83d")]
    [InlineData("""["not", "an", "item"]""", DiagnosticCodes.WrongType, "[\"not\"")]
    public void An_item_with_a_problem_gives_one_diagnostic_where_it_is(string item, string code, string at)
    {
        var json = "[" + item + "]";

        var (_, diagnostics) = Load(json);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, 1, json.IndexOf(at, StringComparison.Ordinal) + 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Generated_sources_files_give_every_clean_item_and_only_diagnostics_inside_the_file()
    {
        var random = new Random(20261129);
        for (var file = 0; file < 400; file++)
        {
            var items = Enumerable.Range(0, random.Next(1, 12)).Select(i => GeneratedCslJson.Item(random, (file * 100) + i)).ToList();
            var json = "[\n" + string.Join(",\n", items.Select(i => i.Json)) + "\n]\n";
            var lines = json.Split('\n');

            var (library, diagnostics) = Load(json);

            Assert.True(library.Complete, json);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Clean)
                {
                    var source = library.Sources[$"src-{(file * 100) + i}"];
                    Assert.Equal((2 + i, 1), (source.At.Line, source.At.Column));
                }
            }

            Assert.All(diagnostics, d => Assert.True(
                d.Line >= 1 && d.Line <= lines.Length && d.Column >= 1 && d.Column <= lines[d.Line - 1].Length + 1, $"{d}\n{json}"));
        }
    }

    private static (SourceLibrary Library, IReadOnlyList<Diagnostic> Diagnostics) Load(string json)
    {
        using var temp = new TempFolder();
        temp.Write("sources.json", json);
        var diagnostics = new DiagnosticBag();
        var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);
        return (library, diagnostics.ToSortedArray());
    }
}
