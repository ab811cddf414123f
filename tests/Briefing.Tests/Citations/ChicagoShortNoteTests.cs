using Briefing.Citations;
using static Briefing.Tests.Citations.Citing;

namespace Briefing.Tests.Citations;

// Expected strings come from pandoc 2.17.1.1 --citeproc with chicago-fullnote-bibliography.csl
// (17th edition, updated 2017-10-12) from Debian's citation-style-language-styles 0~20230209.153790a-1.
public sealed class ChicagoShortNoteTests
{
    private const CitationPosition Subsequent = CitationPosition.Subsequent;

    [Fact]
    public void Subsequent_citation_has_author_short_title_and_locator()
    {
        Assert.Equal("(Pollan, <i>Omnivore’s Dilemma</i>, 3)", Markup("@pollan, 3", Subsequent));
        Assert.Equal("(Ward and Burns, The War: An Intimate History, 1941–1945, 33–35)", Text("@ward, 33-35", Subsequent));
        Assert.Equal("(Alpha et al., A Book by Four, 13)", Text("@four, 13", Subsequent));
    }

    [Fact]
    public void Subsequent_citations_in_one_cluster_keep_quoted_titles_and_labels()
    {
        Assert.Equal(
            "(Keng, Lin, and Orazem, “Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income "
            + "Inequality,” 10; International Atomic Energy Agency, “Application of Safeguards in the Democratic People’s "
            + "Republic of Korea,” sec. 4; Google, “Privacy Policy”)",
            Text("@keng, 10; @iaea, sec. 4; @google", Subsequent, Subsequent, Subsequent));
        Assert.Equal(
            "(Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera”; McDonald’s, “McDonald’s Happy Meal Toy "
            + "Safety Facts”; Kelly, “Seeing Red: Mao Fetishism, Pax Americana, and the Moral Economy of War,” 80)",
            Text("@manjoo; @mcd; @kelly, 80", Subsequent, Subsequent, Subsequent));
    }

    [Fact]
    public void Subsequent_citation_of_an_edited_book_names_the_editor_without_label()
    {
        Assert.Equal("(Smith, The Politics of the Bomb: A Reader in the History of Arms Control)", Text("@ed", Subsequent));
        Assert.Equal("(Quest, “Who Wins?” 4)", Text("@q2, 4", Subsequent));
    }

    [Fact]
    public void Ibid_is_not_written_out_but_the_author_alone_stands_for_the_source()
    {
        // The Debian style has no "Ibid." (that is chicago-fullnote-bibliography-with-ibid.csl); for
        // position ibid it prints the short author and the locator, dropping the title.
        Assert.Equal("(Pollan, 5)", Text("@pollan, 5", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan)", Text("@pollan", CitationPosition.Ibid));
        Assert.Equal("(Hecker)", Text("@rep2", CitationPosition.Ibid));
        Assert.Equal("(Sang-Hun; Mead, “The Prophet of Dystopia”)", Text("@news; @mead", CitationPosition.Ibid, Subsequent));
        Assert.Equal("(Mead, 51)", Text("@mead, 51", CitationPosition.IbidWithLocator));
    }

    [Fact]
    public void Ibid_without_an_author_keeps_the_short_title()
    {
        Assert.Equal("(“North Korea’s Missile Test: What We Know,” 2)", Text("@wp, 2", CitationPosition.IbidWithLocator));
        Assert.Equal(
            "(Michael Pollan, The Omnivore’s Dilemma: A Natural History of Four Meals (New York: Penguin, 2006); Pollan)",
            Text("@pollan; @pollan", CitationPosition.First, CitationPosition.Ibid));
    }

    [Fact]
    public void Locator_labels_are_abbreviated_and_plural_for_ranges()
    {
        Assert.Equal("(Pollan, para. 5)", Text("@pollan, para. 5", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan, secs. 4–5)", Text("@pollan, sections 4-5", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan, sec. 4)", Text("@pollan, §4", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan, l. 4)", Text("@pollan, line 4", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan, 321–28)", Text("@pollan, 321-328", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan, 33–35, 40)", Text("@pollan, pp. 33-35, 40", CitationPosition.IbidWithLocator));
        Assert.Equal("(Pollan, 4, emphasis added)", Text("@pollan, 4, emphasis added", CitationPosition.IbidWithLocator));
    }

    [Fact]
    public void A_suffix_that_is_no_locator_follows_the_full_note()
    {
        Assert.Equal(
            "(Michael Pollan, The Omnivore’s Dilemma: A Natural History of Four Meals (New York: Penguin, 2006), esp. 4)",
            Text("@pollan, esp. 4"));
    }

    [Fact]
    public void On_a_page_a_first_citation_is_short_and_links_to_its_source()
    {
        Assert.Equal("(see <a href=\"#source-pollan\">Pollan, <i>Omnivore’s Dilemma</i>, 99–100</a>)", ShortMarkup("see @pollan, 99-100"));
        Assert.Equal(
            "(<a href=\"#source-unsc1718\">UN Security Council, Resolution 1718 (2006), para. 8</a>; "
            + "<a href=\"#source-google\">Google, “Privacy Policy”</a>)",
            ShortMarkup("@unsc1718, para. 8; @google"));
        Assert.Equal("(<a href=\"#source-pollan\">Pollan, 5</a>)", ShortMarkup("@pollan, 5", CitationPosition.IbidWithLocator));
    }

    [Fact]
    public void A_link_does_not_keep_punctuation_out_of_the_quotation_marks()
    {
        Assert.Equal(
            "(<a href=\"#source-keng\">Keng, Lin, and Orazem, “Expanding College Access in Taiwan, 1978–2014: Effects on Graduate "
            + "Quality and Income Inequality,” 10</a>)",
            ShortMarkup("@keng, 10"));
        Assert.Equal("(Quest, “Who Wins?” 4)", ShortText("@q2, 4"));
        Assert.Equal("(<a href=\"#source-pollan\">Pollan, <i>Omnivore’s Dilemma</i></a> emphasis mine)", ShortMarkup("@pollan emphasis mine"));
    }

    [Fact]
    public void A_source_key_is_escaped_in_the_link()
    {
        var item = new Briefing.Content.CslItem { Id = "a b%\"<c", Type = "book" };
        Assert.Equal("#source-a%20b%25%22%3Cc", CitationCache.BibliographyHref(item));
    }
}
