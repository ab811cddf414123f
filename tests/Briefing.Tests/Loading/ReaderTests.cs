using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

public sealed class ReaderTests
{
    [Fact]
    public void Yaml_nodes_carry_their_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read("title: A\nsource:\n  url: https://x.org\n", "f.yml", 0, diagnostics);

        var mapping = Assert.IsType<MappingNode>(node);
        var source = Assert.IsType<MappingNode>(mapping.Entries[1].Value);
        Assert.Equal(new SourceLocation("f.yml", 3, 8), source.Entries[0].Value.At);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void Yaml_aliases_are_refused_with_their_location()
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read("a: &x hello\nb: *x\n", "f.yml", 0, diagnostics);

        Assert.Null(node);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.YamlAlias, 1, 4), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Front_matter_lines_are_counted_from_the_top_of_the_file()
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlReader.Read("title: A\nupdated: 2008-06-18\n", "a.md", 1, diagnostics);

        Assert.Equal(3, Assert.IsType<MappingNode>(node).Entries[1].Key.At.Line);
    }

    [Fact]
    public void Json_nodes_carry_lines_and_character_columns_after_multibyte_text()
    {
        var diagnostics = new DiagnosticBag();
        var json = "[\n\t{\"id\": \"é\", \"type\": \"book\"}\n]"u8.ToArray();
        var node = JsonReader.Read(json, "s.json", diagnostics);

        var item = Assert.IsType<MappingNode>(Assert.IsType<SequenceNode>(node).Items[0]);
        Assert.Equal(new SourceLocation("s.json", 2, 2), item.At);
        Assert.Equal(new SourceLocation("s.json", 2, 14), item.Entries[1].Key.At); // 15 if bytes were counted
    }

    [Theory]
    [InlineData(",")]
    [InlineData(",\n")]
    [InlineData(", \n\n  ")]
    public void Json_locations_match_a_count_from_the_line_s_start_in_minified_and_spread_out_files(string separator)
    {
        // Minified (one line) or spread over lines, with text of one, two, three and four UTF-8 bytes a
        // character: each item and key is where a plain count of characters from its line's start puts it.
        var text = "[" + string.Join(separator, Enumerable.Range(0, 300).Select(i => $"{{\"id\":\"s{i}-é€😀\",\"type\":\"book\"}}")) + "]";
        var node = JsonReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "s.json", new DiagnosticBag());

        var items = Assert.IsType<SequenceNode>(node).Items;
        var expected = new List<SourceLocation>();
        var actual = new List<SourceLocation>();
        for (var i = 0; i < items.Length; i++)
        {
            var item = Assert.IsType<MappingNode>(items[i]);
            var at = text.IndexOf($"{{\"id\":\"s{i}-", StringComparison.Ordinal);
            expected.Add(Naive(at));
            expected.Add(Naive(text.IndexOf("\"type\"", at, StringComparison.Ordinal)));
            actual.Add(item.At);
            actual.Add(item.Entries[1].Key.At);
        }

        Assert.Equal(expected, actual);

        SourceLocation Naive(int index)
        {
            var lineStart = text.LastIndexOf('\n', index - 1) + 1;
            return new SourceLocation("s.json", text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
        }
    }

    [Fact]
    public void A_misspelt_key_is_reported_once_with_a_suggestion()
    {
        var diagnostics = new DiagnosticBag();
        var node = (MappingNode)YamlReader.Read("tittle: A\n", "f.yml", 0, diagnostics)!;
        var reader = new MappingReader(node, "the front matter", ["title", "kicker"], diagnostics);

        Assert.Null(reader.String("title", required: true));
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(DiagnosticCodes.UnknownKey, error.Code);
        Assert.Equal("Did you mean 'title'?", error.Hint);
    }

    [Fact]
    public void Zotero_csl_json_with_tabs_and_date_parts_loads()
    {
        using var temp = new TempFolder();
        temp.Write("sources.json", """
            [
            	{
            		"id": "pollack-2011",
            		"type": "book",
            		"title": "No Exit",
            		"publisher": "Routledge",
            		"author": [{"family": "Pollack", "given": "Jonathan D."}],
            		"issued": {"date-parts": [["2011", 9]]},
            		"ISBN": "978-0-415-67083-0"
            	}
            ]
            """);
        var diagnostics = new DiagnosticBag();

        var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

        Assert.Empty(diagnostics.ToSortedArray());
        var item = library.Sources["pollack-2011"].Item;
        var json = System.Text.Json.Nodes.JsonNode.Parse(item.Json)!;
        Assert.Equal("""{"date-parts":[["2011","9"]]}""", json["issued"]!.ToJsonString());
        Assert.Equal("Pollack", (string?)json["author"]![0]!["family"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_sources_names_and_dates_are_checked_whether_or_not_it_is_left_out(bool withId)
    {
        // The names and dates a source keeps are read with it; a source left out for a missing id is
        // checked all the same.
        using var temp = new TempFolder();
        temp.Write("sources.yml", "references:\n  - type: book\n" + (withId ? "    id: a\n" : "")
            + "    author: [{given: Only}]\n    editor: 3\n    translator: [{family: X, givn: Y}]\n"
            + "    issued: 2006-02-30\n    accessed: {date-parts: [[2006, 13]]}\n");
        var diagnostics = new DiagnosticBag();

        LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

        // The name without family or literal, editor not a list, translator's misspelt key, both dates.
        string[] problems = [DiagnosticCodes.MissingKey, DiagnosticCodes.WrongType, DiagnosticCodes.UnknownKey, DiagnosticCodes.InvalidDate, DiagnosticCodes.InvalidDate];
        Assert.Equal(withId ? problems : [DiagnosticCodes.MissingKey, .. problems], diagnostics.ToSortedArray().Select(d => d.Code));
    }

    [Theory]
    [InlineData("issued: 2006-02-30", "BRF007")]
    [InlineData("issued: {date-parts: [[2006, 13]]}", "BRF007")]
    [InlineData("type: boook", "BRF025")]
    [InlineData("URL: javascript:alert(1)", "BRF018")]
    [InlineData("auther: [{family: X}]", "BRF004")]
    public void A_bad_csl_field_is_a_located_error(string line, string code)
    {
        using var temp = new TempFolder();
        temp.Write("sources.yml", "references:\n  - id: a\n    type: book\n    title: T\n    " + line.Replace("type: boook", "genre: x", StringComparison.Ordinal) + "\n");
        if (line.StartsWith("type:", StringComparison.Ordinal))
        {
            temp.Write("sources.yml", "references:\n  - id: a\n    title: T\n    " + line + "\n");
        }

        var diagnostics = new DiagnosticBag();
        LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(code, error.Code);
        Assert.Equal(line.StartsWith("type:", StringComparison.Ordinal) ? 4 : 5, error.Line);
    }

    [Fact]
    public void A_large_library_gives_every_good_source_and_each_error_at_its_item()
    {
        // 300 items: item 150 has a misspelt type, item 200 repeats item 10's id, and item 299 is not a
        // mapping.
        var items = Enumerable.Range(0, 300).Select(i => i switch
        {
            150 => "  - id: s150\n    type: boook\n    title: T150\n",
            200 => "  - id: s10\n    type: book\n    title: Again\n",
            299 => "  - just text\n",
            _ => $"  - id: s{i}\n    type: book\n    title: T{i}\n",
        });
        using var temp = new TempFolder();
        temp.Write("sources.yml", "references:\n" + string.Concat(items));
        var diagnostics = new DiagnosticBag();

        var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

        Assert.Equal(297, library.Sources.Count);
        Assert.Contains("\"title\":\"T10\"", library.Sources["s10"].Item.Json, StringComparison.Ordinal); // the first s10 stays
        Assert.False(library.Sources.ContainsKey("s150"));
        Assert.Equal(
            [("BRF025", 2 + (150 * 3) + 1), ("BRF017", 2 + (200 * 3)), ("BRF006", 2 + (299 * 3))],
            diagnostics.ToSortedArray().Select(d => (d.Code, d.Line)));
        Assert.Contains("sources.yml:32:", diagnostics.ToSortedArray()[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_json_library_read_item_by_item_gives_every_good_source_and_each_error_at_its_item()
    {
        // The same library in CSL-JSON, one item a line: each item becomes a source as it is read.
        var items = Enumerable.Range(0, 300).Select(i => i switch
        {
            150 => """{"id": "s150", "type": "boook", "title": "T150"}""",
            200 => """{"id": "s10", "type": "book", "title": "Again"}""",
            299 => "\"just text\"",
            _ => $$"""{"id": "s{{i}}", "type": "book", "title": "T{{i}}"}""",
        });
        using var temp = new TempFolder();
        temp.Write("sources.json", "[\n" + string.Join(",\n", items) + "\n]\n");
        var diagnostics = new DiagnosticBag();

        var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

        Assert.True(library.Complete);
        Assert.Equal(297, library.Sources.Count);
        Assert.Contains("\"title\":\"T10\"", library.Sources["s10"].Item.Json, StringComparison.Ordinal);
        Assert.Equal((2 + 42, 1), (library.Sources["s42"].At.Line, library.Sources["s42"].At.Column));
        Assert.Equal(
            [(DiagnosticCodes.InvalidValue, 2 + 150), (DiagnosticCodes.DuplicateSource, 2 + 200), (DiagnosticCodes.WrongType, 2 + 299)],
            diagnostics.ToSortedArray().Select(d => (d.Code, d.Line)));
    }

    [Fact]
    public void A_url_with_any_white_space_character_in_it_is_not_an_absolute_http_url()
    {
        // Every character char.IsWhiteSpace names, at the end and inside, where Uri would let it through.
        Assert.True(LoadSite.IsAbsoluteHttpUrl("https://example.org/a-b"));
        var spaces = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToList();
        Assert.Equal(25, spaces.Count);
        Assert.All(spaces, c => Assert.False(LoadSite.IsAbsoluteHttpUrl($"https://example.org/a{c}b")));
        Assert.All(spaces, c => Assert.False(LoadSite.IsAbsoluteHttpUrl($"https://example.org/a{c}")));
    }

    [Fact]
    public void A_json_syntax_error_is_the_file_s_one_error_even_after_items_that_have_errors_of_their_own()
    {
        using var temp = new TempFolder();
        temp.Write("sources.json", "[\n{\"id\": \"a\", \"type\": \"boook\"},\n{\"id\": \"b\" \"type\": \"book\"}\n]\n");
        var diagnostics = new DiagnosticBag();

        var library = LoadSources.Run(temp.Path, SourceLibrary.Empty, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal((DiagnosticCodes.JsonSyntax, 3), (error.Code, error.Line));
        Assert.False(library.Complete);
        Assert.Empty(library.Sources);
    }

    [Fact]
    public void Shared_sources_read_in_the_background_report_their_errors_to_the_build_when_first_asked_for()
    {
        using var temp = new TempFolder();
        temp.Write("sources.json", "[\n{\"id\": \"a\", \"type\": \"boook\"},\n{\"id\": \"b\", \"type\": \"book\"}\n]\n");
        var build = new DiagnosticBag();

        var shared = LoadSources.InBackground(temp.Path, build);
        Thread.Sleep(200); // long enough for the reading to finish: its errors still wait for Value
        var before = build.ToSortedArray();
        var library = shared.Value;
        var after = build.ToSortedArray();
        _ = shared.Value;

        Assert.Empty(before);
        var error = Assert.Single(after);
        Assert.Equal((DiagnosticCodes.InvalidValue, 2), (error.Code, error.Line));
        Assert.Single(build.ToSortedArray());
        Assert.Equal("b", Assert.Single(library.Sources).Key);
    }

    [Fact]
    public void Briefing_folders_are_listed_in_ordinal_order_without_those_starting_with_a_dot_or_underscore()
    {
        using var temp = new TempFolder();
        foreach (var name in (string[])["b", "B", "a", ".git", "_draft", "a-b"])
        {
            Directory.CreateDirectory(Path.Combine(temp.Path, "briefings", name));
        }

        temp.Write("briefings/file.md", "not a folder");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "briefings", "linked"), Path.Combine(temp.Path, "briefings", "a"));

        var folders = LoadInputs.BriefingFolders(temp.Path);

        Assert.Equal(["B", "a", "a-b", "b", "linked"], folders.Select(Path.GetFileName));
        Assert.All(folders, folder => Assert.Equal(Path.Join(temp.Path, "briefings", Path.GetFileName(folder)), folder));
    }
}
