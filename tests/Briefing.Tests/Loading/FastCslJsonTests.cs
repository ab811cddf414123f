using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

/// <summary>
/// CSL-JSON items are read straight into sources when they have nothing to report (FastCslJson), and
/// the thorough way otherwise. Generated sources files, good and bad in every way an item can be, are
/// read both ways: the same sources (every field), the same locations, the same diagnostics, or the
/// same failure.
/// </summary>
public sealed class FastCslJsonTests
{
    [Fact]
    public void Generated_sources_files_read_the_same_with_and_without_the_direct_reader()
    {
        var random = new Random(20261129);
        var taken = 0;
        for (var file = 0; file < 400; file++)
        {
            var items = Enumerable.Range(0, random.Next(1, 12)).Select(i => Item(random, file * 100 + i)).ToList();
            var json = "[\n" + string.Join(",\n", items) + "\n]\n";
            using var temp = new TempFolder();
            temp.Write("sources.json", json);
            var fast = Read(temp, thorough: false);
            var thorough = Read(temp, thorough: true);
            Assert.True(thorough == fast, $"Read differently:\n{json}\n--- thorough:\n{thorough}\n--- direct:\n{fast}");
            taken += items.Count(item => TakesDirectly(item));
        }

        // Most generated items are good ones: the direct reader must have taken many of them.
        Assert.True(taken > 400, $"The direct reader took {taken} items.");
    }

    [Fact]
    public void A_plain_item_is_read_directly_with_every_field_the_thorough_reader_gives()
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

        Assert.True(TakesDirectly(item));
        using var temp = new TempFolder();
        temp.Write("sources.json", "[" + item + "]");
        Assert.Equal(Read(temp, thorough: true), Read(temp, thorough: false));
        Assert.Contains("Id=src-1;", Read(temp, thorough: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id": "a", "type": "book", "tittle": "x"}""")]
    [InlineData("""{"id": "a", "type": "book", "title": "x", "title": "y"}""")]
    [InlineData("""{"id": "a", "type": "bok"}""")]
    [InlineData("""{"id": " ", "type": "book"}""")]
    [InlineData("""{"type": "book"}""")]
    [InlineData("""{"id": "a", "type": "book", "URL": "ftp://example.org"}""")]
    [InlineData("""{"id": "a", "type": "book", "issued": {"date-parts": [[2011, 2, 30]]}}""")]
    [InlineData("""{"id": "a", "type": "book", "issued": "2011-02-03"}""")]
    [InlineData("""{"id": "a", "type": "book", "author": [{"given": "x"}]}""")]
    [InlineData("""{"id": "a", "type": "book", "composer": [{"family": "x"}]}""")]
    [InlineData("""{"id": "a", "type": "book", "title": ["x"]}""")]
    [InlineData("""{"id": "a", "type": "book", "ti\u0074le": "x"}""")]
    [InlineData("""{"id": "a", "type": "book", "abstract": "\u0041"}""")]
    [InlineData("""{"id": "a", "type": "book", "abstract": "\ud800"}""")]
    [InlineData("""["not", "an", "item"]""")]
    public void An_item_with_anything_to_report_or_read_otherwise_is_left_to_the_thorough_reader(string item)
    {
        Assert.False(TakesDirectly(item));
        using var temp = new TempFolder();
        temp.Write("sources.json", "[" + item + "]");
        Assert.Equal(Read(temp, thorough: true), Read(temp, thorough: false));
    }

    private static bool TakesDirectly(string item)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(item), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            return reader.Read() && FastCslJson.TryRead(ref reader) is not null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Everything a read gives: each source's every field and location, each diagnostic, or the failure.</summary>
    private static string Read(TempFolder temp, bool thorough)
    {
        var diagnostics = new DiagnosticBag();
        LoadSources.ThoroughJsonForTests = thorough;
        try
        {
            var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);
            var text = new StringBuilder($"complete={library.Complete}\n");
            foreach (var (id, source) in library.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                text.Append(id).Append(" @").Append(source.At.Line).Append(':').Append(source.At.Column).Append(' ').AppendLine(Fields(source.Item));
            }

            foreach (var d in diagnostics.ToSortedArray())
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{d.Severity} {d.Code} {d.Line}:{d.Column} {d.Message} | {d.Hint}");
            }

            return text.ToString();
        }
        catch (Exception ex)
        {
            return $"failed: {ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            LoadSources.ThoroughJsonForTests = false;
        }
    }

    private static string Fields(CslItem item) =>
        string.Concat(typeof(CslItem).GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.GetValue(item) switch
        {
            ImmutableArray<CslName> names => $"{p.Name}=[{string.Join(", ", names)}];",
            var value => $"{p.Name}={value};",
        }));

    // Items as editors' tools write them, and as they should not: each part is chosen at random, most of
    // them good, with every kind of value in every place now and then.
    private static string Item(Random random, int n)
    {
        // Half the items are good ones, the rest good or bad in any part.
        var clean = random.Next(2) == 0;
        int Bad(int outOf) => clean ? outOf - 1 : random.Next(outOf);
        if (Bad(40) == 0)
        {
            return Pick(random, "\"a string\"", "12", "null", "[]", "[{\"id\": \"x\"}]");
        }

        var entries = new List<string>();
        void Add(string key, string value) => entries.Add($"{Key(random, key, clean)}: {value}");

        if (Bad(30) != 0)
        {
            Add("id", Bad(30) switch { 0 => "\"  \"", 1 => "null", 2 => "17", 3 => "[\"x\"]", _ => Str(random, $" src-{n} ", clean) });
        }

        if (Bad(30) != 0)
        {
            Add("type", Bad(20) switch { 0 => "\"bok\"", 1 => "null", 2 => "{}", _ => Str(random, Pick(random, "book", "webpage", "report", "article-journal", "treaty", "legislation"), clean) });
        }

        foreach (var key in new[] { "title", "title-short", "shortTitle", "container-title", "publisher", "volume", "page", "DOI", "note", "genre", "medium" })
        {
            if (random.Next(3) == 0)
            {
                Add(key, Scalar(random, clean));
            }
        }

        if (random.Next(3) == 0)
        {
            Add("URL", (clean ? 4 : random.Next(8)) switch
            {
                0 => "\"ftp://example.org/x\"",
                1 => "\"/relative\"",
                2 => "null",
                3 => "[\"https://example.org\"]",
                _ => Str(random, Pick(random, "https://example.org/a", "http://example.org/b", "https://example.org/c?d=1"), clean),
            });
        }

        foreach (var key in new[] { "author", "editor", "translator" })
        {
            if (random.Next(2) == 0)
            {
                Add(key, Names(random, clean));
            }
        }

        foreach (var key in new[] { "issued", "accessed" })
        {
            if (random.Next(2) == 0)
            {
                Add(key, Date(random, clean));
            }
        }

        if (Bad(12) == 0)
        {
            Add(Pick(random, "composer", "container-author", "event-date", "original-date"), random.Next(2) == 0 ? "null" : Pick(random, Names(random, clean), Date(random, clean)));
        }

        if (random.Next(6) == 0)
        {
            Add(Pick(random, "abstract", "ISBN", "language", "references", "custom"), random.Next(3) switch { 0 => Scalar(random, clean), 1 => "{\"a\": [1, {\"b\": null}]}", _ => Names(random, clean) });
        }

        if (Bad(25) == 0)
        {
            Add(Pick(random, "tittle", "auther", "x-custom"), Scalar(random, clean));
        }

        if (Bad(25) == 0 && entries.Count > 0)
        {
            entries.Add(entries[random.Next(entries.Count)]);
        }

        // Order as a tool might write it.
        entries = [.. entries.OrderBy(_ => random.Next())];
        return "{" + string.Join(", ", entries) + "}";
    }

    private static string Names(Random random, bool clean)
    {
        if (!clean && random.Next(15) == 0)
        {
            return Pick(random, "null", "\"Kim\"", "{}", "[]");
        }

        var names = Enumerable.Range(0, random.Next(0, 4)).Select(_ => (clean ? random.Next(6, 12) is var k && k is 7 ? 6 : k : random.Next(12)) switch
        {
            0 => Str(random, "Korean Central News Agency", clean),
            1 => Pick(random, "null", "3", "[]"),
            2 => "{\"given\": \"Only\"}",
            3 => "{\"family\": \"Kim\", \"family\": \"Lee\"}",
            4 => "{\"family\": \"Kim\", \"nickname\": \"K\"}",
            5 => "{\"family\": [\"Kim\"]}",
            6 => $"{{\"literal\": {Str(random, " United Nations ", clean)}, \"parse-names\": false}}",
            7 => $"{{\"family\": {Str(random, "van Beethoven", clean)}, \"non-dropping-particle\": \"van\", \"static-ordering\": {{\"a\": 1}}, \"comma-suffix\": \"\\u0041\"}}",
            _ => $"{{\"family\": {Str(random, Pick(random, "Kim", " Lee ", "Okafor", "Rossi"), clean)}, \"given\": {Scalar(random, clean)}}}",
        });
        return "[" + string.Join(", ", names) + "]";
    }

    private static string Date(Random random, bool clean) => (clean ? 11 : random.Next(14)) switch
    {
        0 => "\"2011-07-11\"",
        1 => "{\"raw\": \"2011-07-11\"}",
        2 => "{\"literal\": \"Summer 2011\"}",
        3 => "{\"date-parts\": []}",
        4 => "{\"date-parts\": [[]]}",
        5 => "{\"date-parts\": [[2011, 13]]}",
        6 => "{\"date-parts\": [[2011, 2, 29]]}",
        7 => "{\"date-parts\": [[\"2011\", \"x\"]]}",
        8 => "{\"date-parts\": [[2011.5]]}",
        9 => "{\"date-parts\": [[2011, 7, 11, 9]], \"season\": 2}",
        10 => "null",
        _ => $"{{\"date-parts\": [[{random.Next(1990, 2026)}{(random.Next(2) == 0 ? $", {random.Next(1, 13)}" : "")}{(random.Next(3) == 0 ? ", 1" : "")}]{(random.Next(5) == 0 ? ", [2030, 1]" : "")}]}}",
    };

    private static string Scalar(Random random, bool clean) => (clean ? random.Next(4, 12) is 4 or 5 ? 1 : 6 : random.Next(12)) switch
    {
        0 => "null",
        1 => "42",
        2 => "true",
        3 => "{\"a\": 1}",
        4 => "\"\"",
        5 => "\"  \"",
        _ => Str(random, Pick(random, "Treaty of Friendship", " Peking Review ", "Seoul", "4", "Rōdong Sinmun", "“Quoted”"), clean),
    };

    // A string, now and then with an escape (which the direct reader leaves to the thorough one where
    // it would only pass over it).
    private static string Str(Random random, string text, bool clean) => (clean ? 2 : random.Next(10)) switch
    {
        0 when text.Length > 0 => "\"" + "\\u" + ((int)text[0]).ToString("x4", CultureInfo.InvariantCulture) + text[1..] + "\"",
        1 => "\"" + text + "\\n\"",
        _ => "\"" + text + "\"",
    };

    private static string Key(Random random, string key, bool clean) => !clean && random.Next(60) == 0 ? "\"\\u" + ((int)key[0]).ToString("x4", CultureInfo.InvariantCulture) + key[1..] + "\"" : "\"" + key + "\"";

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
