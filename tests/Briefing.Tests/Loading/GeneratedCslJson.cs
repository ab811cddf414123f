using System.Globalization;

namespace Briefing.Tests.Loading;

/// <summary>
/// CSL-JSON items as editors' tools write them, and as they should not: each part is chosen at random,
/// most of them good, with every kind of value in every place now and then. A clean item has nothing
/// wrong in any part.
/// </summary>
internal static class GeneratedCslJson
{
    public static (string Json, bool Clean) Item(Random random, int n)
    {
        // Half the items are good ones, the rest good or bad in any part.
        var clean = random.Next(2) == 0;
        int Bad(int outOf) => clean ? outOf - 1 : random.Next(outOf);
        if (Bad(40) == 0)
        {
            return (Pick(random, "\"a string\"", "12", "null", "[]", "[{\"id\": \"x\"}]"), false);
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

        AddFormatted(random, clean, Add);

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
        return ("{" + string.Join(", ", entries) + "}", clean);
    }

    /// <summary>The variables a source keeps, each now and then: texts, URL, names and dates.</summary>
    private static void AddFormatted(Random random, bool clean, Action<string, string> add)
    {
        foreach (var key in new[] { "title", "title-short", "shortTitle", "container-title", "publisher", "volume", "page", "DOI", "note", "genre", "medium" })
        {
            if (random.Next(3) == 0)
            {
                add(key, Scalar(random, clean));
            }
        }

        if (random.Next(3) == 0)
        {
            add("URL", (clean ? 4 : random.Next(8)) switch
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
                add(key, Names(random, clean));
            }
        }

        foreach (var key in new[] { "issued", "accessed" })
        {
            if (random.Next(2) == 0)
            {
                add(key, Date(random, clean));
            }
        }
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

    // A string, now and then with an escape.
    private static string Str(Random random, string text, bool clean) => (clean ? 2 : random.Next(10)) switch
    {
        0 when text.Length > 0 => "\"" + "\\u" + ((int)text[0]).ToString("x4", CultureInfo.InvariantCulture) + text[1..] + "\"",
        1 => "\"" + text + "\\n\"",
        _ => "\"" + text + "\"",
    };

    private static string Key(Random random, string key, bool clean) => !clean && random.Next(60) == 0 ? "\"\\u" + ((int)key[0]).ToString("x4", CultureInfo.InvariantCulture) + key[1..] + "\"" : "\"" + key + "\"";

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
