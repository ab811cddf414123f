using Briefing.Citations;
using Briefing.Content;
using static Briefing.Tests.Citations.Citing;

namespace Briefing.Tests.Citations;

// Chicago's forms for documents of international bodies and treaties (CMOS 14.306 and the form
// Briefing's editors agreed on); pandoc would print "Pub. L. No. S/RES/1718 (2006)" here.
public sealed class InternationalDocumentTests
{
    private static readonly CslItem TestBanTreaty = new()
    {
        Id = "ptbt",
        Type = "treaty",
        Author = [Sources.Body("US"), Sources.Body("UK"), Sources.Body("USSR")],
        Title = "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water",
        ContainerTitleShort = "U.N.T.S.",
        ContainerTitle = "United Nations Treaty Series",
        Volume = "480",
        Page = "43",
        Issued = new CslDate(1963, 8, 5),
    };

    [Fact]
    public void Security_council_resolution_first_note_names_body_title_symbol_date_and_link()
    {
        Assert.Equal(
            "(UN Security Council, Resolution 1718 (2006), S/RES/1718, October 14, 2006, "
            + "<a href=\"https://undocs.org/S/RES/1718(2006)\">https://undocs.org/S/RES/1718(2006)</a>)",
            Markup("@unsc1718"));
        Assert.Equal(
            "(UN Security Council, Resolution 1718 (2006), S/RES/1718, October 14, 2006, https://undocs.org/S/RES/1718(2006), para. 8)",
            Text("@unsc1718, para. 8"));
    }

    [Fact]
    public void Security_council_resolution_short_note_keeps_the_title_even_for_ibid()
    {
        Assert.Equal("(UN Security Council, Resolution 1718 (2006))", Text("@unsc1718", CitationPosition.Subsequent));
        Assert.Equal("(UN Security Council, Resolution 1718 (2006), para. 8)", Text("@unsc1718, para. 8", CitationPosition.Subsequent));
        Assert.Equal("(UN Security Council, Resolution 1718 (2006), para. 9)", Text("@unsc1718, para. 9", CitationPosition.IbidWithLocator));
        Assert.Equal("(UN Security Council, Resolution 1718 (2006))", Text("@unsc1718", CitationPosition.Ibid));
    }

    [Fact]
    public void Security_council_resolution_bibliography_entry_is_a_row_of_sentences()
    {
        Assert.Equal(
            "UN Security Council. Resolution 1718 (2006). S/RES/1718. October 14, 2006. "
            + "<a href=\"https://undocs.org/S/RES/1718(2006)\">https://undocs.org/S/RES/1718(2006)</a>.",
            ChicagoStyle.FormatBibliographyEntry(Sources.Resolution1718));
    }

    [Fact]
    public void Treaty_note_has_roman_title_date_and_treaty_series()
    {
        Assert.Equal(
            "(Treaty on the Non-Proliferation of Nuclear Weapons, July 1, 1968, 729 U.N.T.S. 161, "
            + "https://treaties.un.org/doc/Publication/UNTS/Volume%20729/volume-729-I-10485-English.pdf, art. 6)",
            Text("@npt, art. 6"));
        Assert.Equal("(NPT, art. 6)", Text("@npt, art. 6", CitationPosition.Subsequent));
        Assert.Equal("(NPT, arts. 3–4)", Text("@npt, arts. 3-4", CitationPosition.IbidWithLocator));
    }

    [Fact]
    public void Treaty_note_names_its_parties()
    {
        var cited = new CitedItem(new Cite("ptbt", string.Empty, string.Empty, null), TestBanTreaty, CitationPosition.First);

        Assert.Equal(
            "(Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water, US-UK-USSR, August 5, 1963, 480 U.N.T.S. 43)",
            ChicagoStyle.FormatCluster([cited]));
    }

    [Fact]
    public void Treaty_bibliography_entry_has_title_date_series_and_link()
    {
        Assert.Equal(
            "Treaty on the Non-Proliferation of Nuclear Weapons. July 1, 1968. 729 U.N.T.S. 161. "
            + "https://treaties.un.org/doc/Publication/UNTS/Volume%20729/volume-729-I-10485-English.pdf.",
            Bibliography(Sources.NonProliferationTreaty));
        Assert.Equal(
            "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water. US-UK-USSR. August 5, 1963. 480 U.N.T.S. 43.",
            Bibliography(TestBanTreaty));
    }
}
