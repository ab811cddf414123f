using Briefing.Citations;
using Briefing.Content;

namespace Briefing.Tests.Citations;

public sealed class SortKeyTests
{
    [Fact]
    public void Bibliography_order_matches_pandoc()
    {
        // Order of pandoc 2.17.1.1's bibliography for these sources (chicago-fullnote-bibliography, Debian).
        CslItem[] items =
        [
            Sources.WardBurns, Sources.Resolution1718, Sources.Pollan, Sources.NonProliferationTreaty, Sources.Mead,
            Sources.McDonalds, Sources.Manjoo, Sources.Keng, Sources.Kelly, Sources.Iaea, Sources.Google, Sources.FourAuthors,
            EdgeSources.Particle, EdgeSources.AnonymousWebpage, EdgeSources.JournalWithoutVolume,
        ];

        var sorted = items.OrderBy(ChicagoStyle.SortKey, StringComparer.OrdinalIgnoreCase).Select(i => i.Id);

        Assert.Equal(
            ["four", "google", "iaea", "kelly", "keng", "manjoo", "mcd", "mead", "nodate", "wp", "pollan", "q", "npt", "unsc1718", "ward"],
            sorted);
    }

    [Fact]
    public void Same_author_sorts_by_title_then_date_and_a_shorter_name_first()
    {
        var smith = new CslName { Family = "Smith", Given = "Ann" };
        CslItem[] items =
        [
            new() { Id = "smithson", Type = "book", Author = [new CslName { Family = "Smithson", Given = "Al" }], Title = "A" },
            new() { Id = "b-2001", Type = "book", Author = [smith], Title = "B", Issued = new CslDate(2001) },
            new() { Id = "b-1999", Type = "book", Author = [smith], Title = "b", Issued = new CslDate(1999) },
            new() { Id = "a", Type = "book", Author = [smith], Title = "A" },
        ];

        var sorted = items.OrderBy(ChicagoStyle.SortKey, StringComparer.OrdinalIgnoreCase).Select(i => i.Id);

        Assert.Equal(["a", "b-1999", "b-2001", "smithson"], sorted);
    }
}
