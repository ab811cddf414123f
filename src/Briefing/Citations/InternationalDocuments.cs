using Briefing.Content;
using static Briefing.Citations.Fragment;

namespace Briefing.Citations;

/// <summary>
/// Documents of international bodies and treaties in Chicago's own form, which the CSL style gets
/// wrong (it files a Security Council resolution as a US public law, "Pub. L. No. S/RES/1718").
/// A legislation item with an author is such a document, the author being the issuing body:
/// "UN Security Council, Resolution 1718 (2006), S/RES/1718, October 14, 2006, URL". A treaty reads
/// "Title, parties, date, 729 U.N.T.S. 161, URL" (CMOS 14.306). Titles stay roman. The locator
/// comes last, after the URL, so every such document reads the same way.
/// </summary>
internal static class InternationalDocuments
{
    public static bool Handles(CslItem item) =>
        item.Type == "treaty" || (item.Type == "legislation" && !item.Author.IsEmpty);

    public static Fragment FirstNote(CslItem item, Locator? locator) =>
        Join(", ", Join(", ", Parts(item, bibliography: false)), ChicagoLocators.Labelled(locator));

    /// <summary>
    /// The short form also serves for an immediately repeated document: "UN Security Council, para. 5"
    /// (the style's ibid) would not say which of the Council's resolutions is meant.
    /// </summary>
    public static Fragment ShortNote(CslItem item, Locator? locator)
    {
        var title = CslTypes.Has(item.TitleShort) ? item.TitleShort : item.Title;
        var issuer = item.Type == "treaty" ? Empty : Text(Typography.Smarten(ChicagoNames.NoteList(item.Author, ChicagoNames.Short)));
        return Join(", ", issuer, Text(Typography.Smarten(title)), ChicagoLocators.Labelled(locator));
    }

    public static Fragment Bibliography(CslItem item) =>
        Concat(Join(". ", Parts(item, bibliography: true)), Text("."));

    private static Fragment[] Parts(CslItem item, bool bibliography)
    {
        var title = Text(Typography.Smarten(item.Title));
        var date = Text(ChicagoDates.Text(item.Issued));
        var access = ChicagoMacros.Access(item, bibliography);
        if (item.Type == "treaty")
        {
            return [title, Text(Typography.Smarten(Parties(item))), date, Series(item), access];
        }

        var issuer = bibliography
            ? ChicagoNames.BibliographyList(item.Author, invertFirst: true)
            : ChicagoNames.NoteList(item.Author, ChicagoNames.Display);
        return [Text(Typography.Smarten(issuer)), title, Text(Typography.Smarten(item.Genre)), Text(item.Number), date, access];
    }

    /// <summary>"US-UK-USSR" as Chicago abbreviates parties; spelled-out names take an en dash.</summary>
    private static string? Parties(CslItem item)
    {
        if (item.Author.IsEmpty)
        {
            return item.Authority;
        }

        var names = item.Author.Select(ChicagoNames.Display).ToList();
        return string.Join(names.Any(n => n.Contains(' ', StringComparison.Ordinal)) ? "\u2013" : "-", names);
    }

    /// <summary>"729 U.N.T.S. 161" from volume, series and page; a registration number follows as "no. 10485".</summary>
    private static Fragment Series(CslItem item)
    {
        var series = CslTypes.Has(item.ContainerTitleShort) ? item.ContainerTitleShort : item.ContainerTitle;
        return Join(
            ", ",
            Join(" ", Text(item.Volume), Text(Typography.Smarten(series)), Text(item.Page)),
            Text(item.Number).Wrap("no. ", string.Empty));
    }
}
