using static Briefing.Tests.Citations.Citing;

namespace Briefing.Tests.Citations;

// Expected strings come from pandoc 2.17.1.1 --citeproc with chicago-fullnote-bibliography.csl
// (17th edition, updated 2017-10-12) from Debian's citation-style-language-styles 0~20230209.153790a-1,
// the citation written inside a footnote, as plain text (-t plain) unless the test says HTML.
public sealed class ChicagoNoteTests
{
    [Fact]
    public void Book_first_citation_has_the_full_note_form()
    {
        Assert.Equal(
            "(Michael Pollan, <i>The Omnivore’s Dilemma: A Natural History of Four Meals</i> (New York: Penguin, 2006), 99–100)",
            Markup("@pollan, 99-100"));
    }

    [Fact]
    public void Two_authors_are_joined_with_and_and_a_second_cite_follows_a_semicolon()
    {
        Assert.Equal(
            "(Geoffrey C. Ward and Ken Burns, The War: An Intimate History, 1941–1945 (New York: Knopf, 2007); "
            + "Shao-Hsun Keng, Chun-Hung Lin, and Peter F. Orazem, “Expanding College Access in Taiwan, 1978–2014: "
            + "Effects on Graduate Quality and Income Inequality,” Journal of Human Capital 11, no. 1 (2017): 7, "
            + "https://doi.org/10.1086/690235)",
            Text("@ward; @keng, 7"));
    }

    [Fact]
    public void Journal_article_links_its_doi_and_italicizes_the_journal()
    {
        Assert.Equal(
            "(Shao-Hsun Keng, Chun-Hung Lin, and Peter F. Orazem, “Expanding College Access in Taiwan, 1978–2014: "
            + "Effects on Graduate Quality and Income Inequality,” <i>Journal of Human Capital</i> 11, no. 1 (2017): 7, "
            + "<a href=\"https://doi.org/10.1086/690235\">https://doi.org/10.1086/690235</a>)",
            Markup("@keng, 7"));
    }

    [Fact]
    public void Newspaper_and_magazine_articles_give_the_full_date()
    {
        Assert.Equal(
            "(Farhad Manjoo, “Snap Makes a Bet on the Cultural Supremacy of the Camera,” New York Times, March 8, 2017, "
            + "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html)",
            Text("@manjoo"));
        Assert.Equal("(Rebecca Mead, “The Prophet of Dystopia,” New Yorker, April 17, 2017, 4)", Text("@mead, p. 4"));
    }

    [Fact]
    public void Prefix_locator_label_and_suffix_surround_each_cite()
    {
        Assert.Equal(
            "(see International Atomic Energy Agency, “Application of Safeguards in the Democratic People’s Republic of Korea,” "
            + "Report by the Director General (Vienna: IAEA, August 27, 2021), chap. 2, "
            + "https://www.iaea.org/sites/default/files/gc/gc65-22.pdf and passim; "
            + "also Google, “Privacy Policy,” Privacy & Terms, April 17, 2017, https://www.google.com/policies/privacy/)",
            Text("see @iaea, chap. 2 and passim; also @google"));
    }

    [Fact]
    public void Undated_webpage_gives_the_access_date()
    {
        Assert.Equal(
            "(McDonald’s, “McDonald’s Happy Meal Toy Safety Facts,” McDonald’s Corporation, accessed July 19, 2008, "
            + "http://www.mcdonalds.com/corp/about/factsheets.html)",
            Text("@mcd"));
    }

    [Fact]
    public void Chapter_names_its_book_and_four_editors_become_et_al()
    {
        Assert.Equal(
            "(John D. Kelly, “Seeing Red: Mao Fetishism, Pax Americana, and the Moral Economy of War,” in Anthropology and "
            + "Global Counterinsurgency, ed. John D. Kelly et al. (Chicago: University of Chicago Press, 2010), 77)",
            Text("@kelly, 77"));
    }

    [Fact]
    public void Four_authors_become_the_first_and_et_al()
    {
        Assert.Equal("(Ann Alpha et al., A Book by Four (Place: Pub, 2010), 12)", Text("@four, 12"));
        Assert.Equal("(X A1 et al., Many, 2001)", Text("@many"));
    }

    [Fact]
    public void Editor_stands_in_for_the_author_and_title_is_put_in_title_case()
    {
        Assert.Equal(
            "(Jane Smith, ed., The Politics of the Bomb: A Reader in the History of Arms Control, trans. John Doe, 2nd ed., "
            + "vol. 3 (Oxford: Oxford University Press, n.d.), 1496–1504)",
            Text("@ed, 1496-1504"));
    }

    [Fact]
    public void Journal_without_volume_gives_date_then_pages_shortened_the_chicago_way()
    {
        Assert.Equal(
            "(Quinn Quest, “Who Wins? Deterrence Revisited,” International Security, May 2019, 101–8)",
            Text("@q, 101-108"));
    }

    [Fact]
    public void Question_mark_in_a_quoted_title_swallows_the_comma()
    {
        Assert.Equal("(Quinn Quest, “Who Wins?” The Journal of Strategic Studies 3 (2019): 5–9)", Text("@q2"));
    }

    [Fact]
    public void Other_types_follow_the_style_fallbacks()
    {
        Assert.Equal("(Ned van Nobody, Undated (Pub, n.d.))", Text("@nodate"));
        Assert.Equal(
            "(“North Korea’s Missile Test: What We Know,” BBC News, November 3, 2022, https://www.bbc.com/news/x; "
            + "Jeffrey Lewis, “A Post about Things,” Arms Control Wonk (blog), January 2, 2020, https://www.armscontrolwonk.com/x; "
            + "Some Agency, “A Document,” 2020, https://example.org/d)",
            Text("@wp; @blog; @doc"));
        Assert.Equal(
            "(Choe Sang-Hun, “North Korea Fires Missile,” The New York Times, March 8, 2017, late edition, sec. A)",
            Text("@news"));
        Assert.Equal(
            "(Siegfried S. Hecker, “A Return Trip to North Korea’s Yongbyon Nuclear Complex,” CISAC Reports (Stanford, CA: "
            + "Center for International Security and Cooperation, November 20, 2010), 12, http://cisac.fsi.stanford.edu/x)",
            Text("@rep2, 12"));
        Assert.Equal("(A Q, “He Said ‘No’ to the Deal,” Daily, February 3, 2010)", Text("@quote"));
    }

    [Fact]
    public void Statute_keeps_the_public_law_citation_but_a_roman_title()
    {
        // pandoc quotes the title here ("“Atomic Energy Act of 1954,”"); Chicago (14.289) and the style's own
        // bibliography macro set statute titles in roman, so Briefing does in notes too.
        Assert.Equal("(Atomic Energy Act of 1954, Pub. L. No. 83-703, 68 Stat. 919 (1954), sec. 3)", Text("@law, sec. 3"));
    }
}
