namespace Briefing.Csl.Tests.Processing;

/// <summary>
/// A compiled style keeps what it rendered from one run to the next: a run must still give exactly
/// what the same run gives with a freshly compiled style, whatever was processed before it.
/// </summary>
public sealed class KeptRenderingTests
{
    private const string Style = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <info><title>Author-date test</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
          <citation disambiguate-add-year-suffix="true">
            <layout prefix="(" suffix=")" delimiter="; ">
              <group delimiter=" ">
                <names variable="author"><name form="short"/></names>
                <date variable="issued"><date-part name="year"/></date>
                <text variable="locator"/>
              </group>
            </layout>
          </citation>
          <bibliography>
            <sort><key variable="author"/><key variable="issued"/></sort>
            <layout suffix=".">
              <group delimiter=". ">
                <names variable="author"><name name-as-sort-order="all"/></names>
                <date variable="issued"><date-part name="year"/></date>
                <text variable="title" font-style="italic"/>
              </group>
            </layout>
          </bibliography>
        </style>
        """;

    private const string Items = """
        [
          {"id": "first", "type": "book", "title": "Rivers", "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2000]]}},
          {"id": "second", "type": "book", "title": "<i>Seas</i>", "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [[2000]]}},
          {"id": "other", "type": "book", "title": "Lakes", "author": [{"family": "Roe", "given": "Ann"}], "issued": {"date-parts": [[2001]]}}
        ]
        """;

    [Fact]
    public void A_run_after_others_gives_what_a_fresh_style_gives()
    {
        var items = CslItem.ParseAll(Items);
        string[][] runs = [["first", "other"], ["first", "second"], ["first", "other"], ["second"], ["first", "second", "other"]];
        var kept = CslStyle.Parse(Style);
        foreach (var ids in runs)
        {
            var again = Process(kept, items, ids);
            var fresh = Process(CslStyle.Parse(Style), items, ids);
            Assert.Equal(fresh.Citations, again.Citations);
            Assert.Equal(fresh.Bibliography, again.Bibliography);
        }

        // The runs do differ: the same item reads "Doe 2000" alone and "Doe 2000a" beside its namesake.
        Assert.Equal("(Doe 2000 3)", Process(kept, items, ["first", "other"]).Citations[0]);
        Assert.Equal("(Doe 2000a 3)", Process(kept, items, ["first", "second"]).Citations[0]);
    }

    [Fact]
    public void Items_that_read_alike_in_runs_apart_are_told_apart_when_cited_together()
    {
        var items = CslItem.ParseAll(Items);
        var kept = CslStyle.Parse(Style);
        Process(kept, items, ["first", "other"]);
        Process(kept, items, ["second", "other"]);

        Assert.Equal(["(Doe 2000a 3)", "(Doe 2000b 3)"], Process(kept, items, ["first", "second"]).Citations);
        Assert.Equal(["(Doe 2000 3)", "(Roe 2001 3)"], Process(kept, items, ["first", "other"]).Citations);
    }

    [Fact]
    public void A_run_that_keeps_nothing_gives_what_a_kept_run_gives()
    {
        var items = CslItem.ParseAll(Items);
        var kept = CslStyle.Parse(Style);
        string[] ids = ["first", "second", "other"];
        var once = new CslProcessor(kept, items, keep: false).Process([.. ids.Select(id => new CslCitation([new CslCite(id)]))]);
        var twice = Process(kept, items, ids);

        Assert.Equal(Process(kept, items, ids).Citations, twice.Citations);
        Assert.Equal(["(Doe 2000a)", "(Doe 2000b)", "(Roe 2001)"], once.Citations);
        Assert.Equal(twice.Bibliography, once.Bibliography);
    }

    private static CslResult Process(CslStyle style, IReadOnlyList<CslItem> items, string[] ids) =>
        new CslProcessor(style, items.Where(i => ids.Contains(i.Id))).Process(
            [.. ids.Select((id, n) => new CslCitation([new CslCite(id) { Locator = "3", Label = "page" }]) { NoteNumber = n + 1 })]);
}
