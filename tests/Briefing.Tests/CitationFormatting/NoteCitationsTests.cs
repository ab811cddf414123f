using System.Text.Json.Nodes;
using Briefing.CitationFormatting;
using Briefing.Csl;
using static Briefing.Tests.Citations.Sources;

namespace Briefing.Tests.CitationFormatting;

/// <summary>A citation written in a note, on the page, as pandoc writes a citation inside a footnote.</summary>
public sealed class NoteCitationsTests
{
    private static readonly CslFormatter Chicago = CslFormatter.For(null);

    private static string Page(Content.CslItem item, CslCite cite, bool beginsNote, bool punctuationFollows = false) =>
        NoteCitations.Page(Chicago, [new NoteCitation([(item, cite)], 1, beginsNote, punctuationFollows)])[0];

    [Fact]
    public void Inside_a_sentence_a_citation_is_in_parentheses_without_its_period_and_links_to_its_entry()
    {
        Assert.Equal("(<a href=\"#source-pollan\">Pollan, <i>Omnivore’s Dilemma</i>, 4</a>)",
            Page(Pollan, new CslCite("pollan") { Locator = "4", Label = "page" }, beginsNote: false));
    }

    [Fact]
    public void Opening_a_note_it_is_a_capitalised_sentence_whose_period_gives_way_to_the_note_own()
    {
        var item = Pollan.With("author", JsonNode.Parse("""[{"family": "Gogh", "non-dropping-particle": "van", "given": "Vincent"}]"""));

        Assert.Equal("<a href=\"#source-pollan\">Van Gogh, <i>Omnivore’s Dilemma</i>, 4.</a>", Page(item, new CslCite("pollan") { Locator = "4" }, beginsNote: true));
        Assert.Equal("<a href=\"#source-pollan\">Van Gogh, <i>Omnivore’s Dilemma</i>, 4</a>",
            Page(item, new CslCite("pollan") { Locator = "4" }, beginsNote: true, punctuationFollows: true));
    }

    [Fact]
    public void A_period_inside_closing_quotes_stays_a_question_mark_takes_no_comma_and_a_prefix_keeps_its_lower_case()
    {
        var question = Manjoo.With("title", "Is Google Making Us Stupid?");

        Assert.Equal("<a href=\"#source-manjoo\">see Manjoo, “Is Google Making Us Stupid?”</a>",
            Page(question, new CslCite("manjoo") { Prefix = "see " }, beginsNote: true, punctuationFollows: true));
        Assert.Equal("(<a href=\"#source-manjoo\">Manjoo, “Is Google Making Us Stupid?” 4</a>)",
            Page(question, new CslCite("manjoo") { Locator = "4" }, beginsNote: false));
        Assert.Equal("<a href=\"#source-manjoo\">Manjoo, “Snap Makes a Bet.”</a>",
            Page(Manjoo.With("title-short", "Snap Makes a Bet"), new CslCite("manjoo"), beginsNote: true, punctuationFollows: true));
    }

    [Fact]
    public void A_source_key_is_escaped_in_the_link()
    {
        var item = Pollan.With("id", "doe:2006/a&b\"<x>");

        Assert.StartsWith("(<a href=\"#source-doe%3A2006%2Fa%26b%22%3Cx%3E\">", Page(item, new CslCite(item.Id), beginsNote: false), StringComparison.Ordinal);
    }
}
