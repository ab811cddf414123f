using Briefing.CitationFormatting;
using Briefing.Csl;
using Xunit;

namespace Briefing.Tests.CitationFormatting;

/// <summary>Sources formatted with the bundled Chicago styles, as pandoc --citeproc formats the same items.</summary>
public sealed class CslFormatterTests
{
    private static readonly CslFormatter Chicago = CslFormatter.For(null);

    [Fact]
    public void First_citation_is_a_full_note_and_the_next_a_short_one_in_the_full_note_style()
    {
        var notes = Chicago.Citations(
            [new NoteCitation([(Citations.Sources.Pollan, new CslCite("pollan") { Locator = "4", Label = "page" })], 1, false),
             new NoteCitation([(Citations.Sources.Pollan, new CslCite("pollan") { Locator = "5", Label = "page" })], 3, false)],
            full: true);

        Assert.Equal("Michael Pollan, <i>The Omnivore’s Dilemma: A Natural History of Four Meals</i> (New York: Penguin, 2006), 4.", notes[0]);
        Assert.Equal("Pollan, <i>Omnivore’s Dilemma</i>, 5.", notes[1]);
    }

    [Fact]
    public void Page_notes_are_short_from_the_first_citation()
    {
        var notes = Chicago.Citations(
            [new NoteCitation([(Citations.Sources.Pollan, new CslCite("pollan") { Locator = "4", Label = "page" })], 1, false)], full: false);

        Assert.Equal("Pollan, <i>Omnivore’s Dilemma</i>, 4.", notes[0]);
    }

    [Fact]
    public void Bibliography_entry_is_chicagos()
    {
        var entries = Chicago.Bibliography([Citations.Sources.Pollan]);

        Assert.Equal("Pollan, Michael. <i>The Omnivore’s Dilemma: A Natural History of Four Meals</i>. New York: Penguin, 2006.", Assert.Single(entries).Html);
    }
}
