using static Briefing.Tests.Citations.Citing;

namespace Briefing.Tests.Citations;

// Expected strings come from pandoc 2.17.1.1 --citeproc with chicago-fullnote-bibliography.csl
// (17th edition, updated 2017-10-12) from Debian's citation-style-language-styles 0~20230209.153790a-1,
// as plain text (-t plain) unless the test says HTML.
public sealed class ChicagoBibliographyTests
{
    [Fact]
    public void Book_entry_inverts_the_first_author_and_ends_with_publisher_and_year()
    {
        Assert.Equal(
            "Pollan, Michael. <i>The Omnivore’s Dilemma: A Natural History of Four Meals</i>. New York: Penguin, 2006.",
            Briefing.Citations.ChicagoStyle.FormatBibliographyEntry(Sources.Pollan));
        Assert.Equal(
            "Ward, Geoffrey C., and Ken Burns. The War: An Intimate History, 1941–1945. New York: Knopf, 2007.",
            Bibliography(Sources.WardBurns));
        Assert.Equal(
            "Alpha, Ann, Bob Beta, Carl Gamma, and Dan Delta. A Book by Four. Place: Pub, 2010.",
            Bibliography(Sources.FourAuthors));
    }

    [Fact]
    public void Journal_article_entry_runs_volume_issue_year_and_pages_together()
    {
        Assert.Equal(
            "Keng, Shao-Hsun, Chun-Hung Lin, and Peter F. Orazem. “Expanding College Access in Taiwan, 1978–2014: Effects on "
            + "Graduate Quality and Income Inequality.” <i>Journal of Human Capital</i> 11, no. 1 (2017): 1–34. "
            + "<a href=\"https://doi.org/10.1086/690235\">https://doi.org/10.1086/690235</a>.",
            Briefing.Citations.ChicagoStyle.FormatBibliographyEntry(Sources.Keng));
        Assert.Equal("Quest, Quinn. “Who Wins? Deterrence Revisited.” International Security, May 2019.", Bibliography(EdgeSources.JournalWithoutVolume));
        Assert.Equal("Quest, Quinn. “Who Wins?” The Journal of Strategic Studies 3 (2019): 5–9.", Bibliography(EdgeSources.QuestionTitle));
    }

    [Fact]
    public void Newspaper_magazine_and_webpage_entries_put_the_period_inside_the_quotation_marks()
    {
        Assert.Equal(
            "Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. "
            + "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html.",
            Bibliography(Sources.Manjoo));
        Assert.Equal("Mead, Rebecca. “The Prophet of Dystopia.” New Yorker, April 17, 2017.", Bibliography(Sources.Mead));
        Assert.Equal(
            "Google. “Privacy Policy.” Privacy & Terms, April 17, 2017. https://www.google.com/policies/privacy/.",
            Bibliography(Sources.Google));
        Assert.Equal(
            "Sang-Hun, Choe. “North Korea Fires Missile.” The New York Times, March 8, 2017, late edition, sec. A.",
            Bibliography(EdgeSources.Newspaper));
        Assert.Equal("Q, A. “He Said ‘No’ to the Deal.” Daily, February 3, 2010.", Bibliography(EdgeSources.QuotationInTitle));
    }

    [Fact]
    public void Undated_webpage_entry_says_when_it_was_accessed()
    {
        Assert.Equal(
            "McDonald’s. “McDonald’s Happy Meal Toy Safety Facts.” McDonald’s Corporation. Accessed July 19, 2008. "
            + "http://www.mcdonalds.com/corp/about/factsheets.html.",
            Bibliography(Sources.McDonalds));
    }

    [Fact]
    public void Webpage_without_author_is_listed_under_its_site()
    {
        Assert.Equal(
            "BBC News. “North Korea’s Missile Test: What We Know,” November 3, 2022. https://www.bbc.com/news/x.",
            Bibliography(EdgeSources.AnonymousWebpage));
        Assert.Equal(
            "Lewis, Jeffrey. “A Post about Things.” Arms Control Wonk (blog), January 2, 2020. https://www.armscontrolwonk.com/x.",
            Bibliography(EdgeSources.Blog));
        Assert.Equal("Some Agency. “A Document,” 2020. https://example.org/d.", Bibliography(EdgeSources.Document));
    }

    [Fact]
    public void Report_entry_gives_genre_series_and_publisher()
    {
        Assert.Equal(
            "International Atomic Energy Agency. “Application of Safeguards in the Democratic People’s Republic of Korea.” "
            + "Report by the Director General. Vienna: IAEA, August 27, 2021. https://www.iaea.org/sites/default/files/gc/gc65-22.pdf.",
            Bibliography(Sources.Iaea));
        Assert.Equal(
            "Hecker, Siegfried S. “A Return Trip to North Korea’s Yongbyon Nuclear Complex.” CISAC Reports. Stanford, CA: "
            + "Center for International Security and Cooperation, November 20, 2010. http://cisac.fsi.stanford.edu/x.",
            Bibliography(EdgeSources.ReportInSeries));
    }

    [Fact]
    public void Chapter_entry_lists_every_editor_and_the_page_range()
    {
        Assert.Equal(
            "Kelly, John D. “Seeing Red: Mao Fetishism, Pax Americana, and the Moral Economy of War.” In Anthropology and Global "
            + "Counterinsurgency, edited by John D. Kelly, Beatrice Jauregui, Sean T. Mitchell, and Jeremy Walton, 67–83. "
            + "Chicago: University of Chicago Press, 2010.",
            Bibliography(Sources.Kelly));
    }

    [Fact]
    public void Edited_translated_book_without_date_says_n_d()
    {
        Assert.Equal(
            "Smith, Jane, ed. The Politics of the Bomb: A Reader in the History of Arms Control. Translated by John Doe. 2nd ed. "
            + "Vol. 3. Oxford: Oxford University Press, n.d.",
            Bibliography(EdgeSources.EditedBook));
        Assert.Equal("Nobody, Ned van. Undated. Pub, n.d.", Bibliography(EdgeSources.Particle));
    }

    [Fact]
    public void Eleven_authors_are_cut_to_seven_and_et_al()
    {
        Assert.Equal("A1, X, X A2, X A3, X A4, X A5, X A6, X A7, et al. Many, 2001.", Bibliography(EdgeSources.ElevenAuthors));
    }

    [Fact]
    public void Statute_entry_follows_the_style()
    {
        Assert.Equal("Atomic Energy Act of 1954, Pub. L. No. 83-703, 68 Stat. 919 (1954).", Bibliography(EdgeSources.Statute));
    }
}
