namespace Briefing.Csl.Tests.Processing;

/// <summary>One item's bibliography entry, written alone, is what a processor's run over that item alone writes.</summary>
public sealed class SingleEntryTests
{
    [Fact]
    public void Every_fixture_item_alone_has_the_entry_a_run_over_it_gives()
    {
        foreach (var name in FixtureFile.Names())
        {
            var fixture = FixtureFile.Load(name);
            CslStyle style;
            IReadOnlyList<CslItem> items;
            try
            {
                (style, items) = (CslStyle.Parse(fixture.Csl), CslItem.ParseAll(fixture.Input));
            }
            catch (CslException)
            {
                continue;
            }

            foreach (var item in items)
            {
                var alone = CslSingleEntry.Html(style, item);
                var run = style.HasBibliography
                    ? new CslProcessor(style, [item], keep: false).Process([], [item.Id], includeCitations: false).Bibliography : [];
                Assert.True(alone is null || run is [{ } entry] && entry.Html == alone, $"{name}, {item.Id}: {alone} / {string.Join(" | ", run)}");
                Assert.True(alone is not null || run.Count == 0 || style.Citation?.Option("givenname-disambiguation-rule") is not (null or "by-cite"), name);
            }
        }
    }

    [Fact]
    public void An_item_made_in_code_reads_as_its_json()
    {
        const string Json = """
            {"id": "briefing", "type": "webpage", "title": "A <b>bold</b> claim", "container-title": "The Paper", "URL": "https://example.org/a",
             "author": [{"family": "Bajoria", "given": "Jayshree"}, {"family": "van Gogh", "given": "Vincent"}, {"literal": "Reuters"}],
             "issued": {"date-parts": [[2024, 3, 9]]}}
            """;
        using var document = System.Text.Json.JsonDocument.Parse(Json);
        var read = CslItem.FromJson(document.RootElement);
        var made = CslItem.Create("briefing", "webpage",
            [("title", "A <b>bold</b> claim"), ("container-title", "The Paper"), ("URL", "https://example.org/a")],
            [("author", [new CslItemName("Bajoria", "Jayshree"), new CslItemName("van Gogh", "Vincent"), new CslItemName(Literal: "Reuters")])],
            [("issued", new DateOnly(2024, 3, 9))]);
        Assert.Equal(read.Type, made.Type);
        Assert.Equal(read.Text, made.Text);
        Assert.Equal(read.Names["author"], made.Names["author"]);
        Assert.Equal(read.Dates["issued"].Parts, made.Dates["issued"].Parts);
        Assert.Equal(read.Dates.Keys, made.Dates.Keys);
        Assert.Equal(read.Names.Keys, made.Names.Keys);
    }
}
