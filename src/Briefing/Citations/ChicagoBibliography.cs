using Briefing.Content;
using static Briefing.Citations.Fragment;

namespace Briefing.Citations;

/// <summary>
/// A bibliography entry, following the nesting of groups in the bibliography layout of
/// chicago-fullnote-bibliography.csl: mostly sentences ("Pollan, Michael. <i>Title</i>. New York:
/// Penguin, 2006."), with a journal's volume, issue and pages run together.
/// </summary>
internal static class ChicagoBibliography
{
    public static Fragment Entry(CslItem item)
    {
        var journal = CslTypes.Is(item, "article-journal");
        var volumeOrIssue = CslTypes.Has(item.Volume) || CslTypes.Has(item.Issue);
        var journalVolume = journal && CslTypes.Has(item.Volume) && !CslTypes.Has(item.CollectionTitle);
        var chapterLike = CslTypes.Is(item, CslTypes.ChapterLike);

        var head = Join(
            ". ",
            Join(". ", ChicagoContributors.Bibliography(item), ChicagoTitles.Bibliography(item)),
            Description(item),
            chapterLike ? Empty : ChicagoContributors.EditorTranslatorBibliography(item, sentence: true),
            Join(", ", ChicagoTitles.Container(item, bibliography: true), ContainerContributors(item)),
            CslTypes.Is(item, CslTypes.Legal + " article-journal " + CslTypes.ChapterLike) ? Empty : Locators(item));
        var withPages = Join(
            ", ",
            head,
            CslTypes.Is(item, CslTypes.Legal + " chapter paper-conference") || (journal && !journalVolume) ? Locators(item) : Empty,
            chapterLike ? ChapterPages(item) : Empty);
        var withPublisher = Join(
            ". ",
            Join(" ", withPages, journalVolume ? Locators(item) : Empty),
            ChicagoTitles.Collection(item),
            IssueJoinedWithPeriod(item) ? Issue(item) : Empty);
        var dated = Join(
            ", ",
            Join(" ", withPublisher, IssueJoinedWithSpace(item) ? Issue(item) : Empty),
            IssueJoinedWithComma(item) ? Issue(item) : Empty,
            journal && !volumeOrIssue ? Text(PageRange.Format(item.Page)) : Empty,
            ChicagoMacros.NewspaperLocators(item));
        var paged = Join(": ", dated, journal && volumeOrIssue ? Text(PageRange.Format(item.Page)) : Empty);
        return Concat(Join(". ", paged, ChicagoMacros.Access(item, bibliography: true)), Text("."));
    }

    /// <summary>The locators-chapter macro: "67–83", or "2:67–83" with a volume.</summary>
    private static Fragment ChapterPages(CslItem item) => CslTypes.Has(item.Page)
        ? Concat(Text(item.Volume).Wrap(string.Empty, ":"), Text(PageRange.Format(item.Page)))
        : Empty;

    private static Fragment Description(CslItem item)
    {
        var genre = CslTypes.Has(item.Title) && !CslTypes.Is(item, "thesis speech")
            ? Text(ChicagoTitles.CapitalizeFirst(Typography.Smarten(item.Genre)))
            : Empty;
        return Join(", ", Text(ChicagoTitles.CapitalizeFirst(Typography.Smarten(item.Medium))), genre);
    }

    private static Fragment ContainerContributors(CslItem item) =>
        CslTypes.Is(item, CslTypes.ChapterLike) && !item.Author.IsEmpty
            ? ChicagoContributors.EditorTranslatorBibliography(item, sentence: false)
            : Empty;

    /// <summary>The locators macro: "11, no. 1", "2nd ed. Vol. 3", a statute's citation.</summary>
    private static Fragment Locators(CslItem item)
    {
        if (CslTypes.Is(item, "article-journal"))
        {
            return Join(", ", ChicagoTitles.JournalCollection(item), Text(item.Volume), Text(item.Issue).Wrap("no. ", string.Empty));
        }

        if (CslTypes.Is(item, CslTypes.Legal))
        {
            return ChicagoMacros.LegalCites(item);
        }

        var volume = Text(item.Volume).Wrap("Vol. ", string.Empty);
        if (CslTypes.Is(item, "book graphic motion_picture report song"))
        {
            return Join(". ", ChicagoMacros.Edition(item, bibliography: true), volume);
        }

        return CslTypes.Is(item, CslTypes.ChapterLike)
            ? Join(". ", ChicagoMacros.Edition(item, bibliography: true), CslTypes.Has(item.Page) ? Empty : volume)
            : Empty;
    }

    private static bool IssueJoinedWithPeriod(CslItem item) =>
        !CslTypes.Is(item, "article-journal " + CslTypes.Legal)
        && (CslTypes.Is(item, "speech") || ChicagoMacros.HasPublisher(item));

    private static bool IssueJoinedWithSpace(CslItem item) =>
        CslTypes.Is(item, CslTypes.Legal)
        || (CslTypes.Is(item, "article-journal") && (CslTypes.Has(item.Volume) || CslTypes.Has(item.Issue)));

    private static bool IssueJoinedWithComma(CslItem item)
    {
        if (CslTypes.Is(item, CslTypes.Legal))
        {
            return false;
        }

        return CslTypes.Is(item, "article-journal")
            ? !CslTypes.Has(item.Volume) && !CslTypes.Has(item.Issue)
            : !CslTypes.Is(item, "speech") && !ChicagoMacros.HasPublisher(item);
    }

    /// <summary>The issue macro: "New York: Penguin, 2006", "(2017)", or the bare date.</summary>
    private static Fragment Issue(CslItem item)
    {
        var issued = ChicagoMacros.Issued(item);
        if (CslTypes.Is(item, CslTypes.Legal))
        {
            return issued.Wrap("(", ")");
        }

        if (CslTypes.Is(item, "article-journal"))
        {
            return CslTypes.Has(item.Volume) || CslTypes.Has(item.Issue) ? issued.Wrap("(", ")") : issued;
        }

        if (CslTypes.Is(item, "article-newspaper"))
        {
            return issued;
        }

        if (ChicagoMacros.HasPublisher(item))
        {
            var genre = CslTypes.Is(item, "thesis") ? Text(ChicagoTitles.CapitalizeFirst(Typography.Smarten(item.Genre))) : Empty;
            return Join(", ", genre, ChicagoMacros.Publisher(item), issued);
        }

        return CslTypes.Is(item, "graphic map") ? Empty : issued;
    }
}
