using Briefing.Content;
using static Briefing.Citations.Fragment;

namespace Briefing.Citations;

/// <summary>
/// The full note for a first citation, following the nesting of groups in the citation layout of
/// chicago-fullnote-bibliography.csl so that delimiters fall where the style puts them.
/// </summary>
internal static class ChicagoNote
{
    public static Fragment First(CslItem item, Locator? locator)
    {
        var journal = CslTypes.Is(item, "article-journal");
        var volumeOrIssue = CslTypes.Has(item.Volume) || CslTypes.Has(item.Issue);
        var journalVolume = journal && CslTypes.Has(item.Volume) && !CslTypes.Has(item.CollectionTitle);

        var head = Join(
            ", ",
            Join(", ", ChicagoContributors.Note(item), ChicagoTitles.Note(item)),
            Description(item),
            CslTypes.Is(item, CslTypes.ChapterLike) ? Empty : ChicagoContributors.EditorTranslatorNote(item),
            ChicagoTitles.Container(item, bibliography: false),
            CslTypes.Is(item, CslTypes.ChapterLike) ? ChicagoContributors.EditorTranslatorNote(item) : Empty);
        var withVolume = Join(" ", head, journalVolume ? Locators(item) : Empty);
        var withDate = Join(
            ", ",
            withVolume,
            journalVolume ? Empty : Locators(item),
            ChicagoTitles.Collection(item),
            IssueJoinedWithComma(item) ? Issue(item) : Empty);
        var body = Join(
            ", ",
            Join(" ", withDate, IssueJoinedWithSpace(item) ? Issue(item) : Empty),
            ChicagoMacros.NewspaperLocators(item),
            !journal || !volumeOrIssue ? ChicagoLocators.FirstNote(item, locator) : Empty);
        var pinpointed = Join(": ", body, journal && volumeOrIssue ? ChicagoLocators.FirstNote(item, locator) : Empty);
        return Join(", ", pinpointed, ChicagoMacros.Access(item, bibliography: false));
    }

    private static Fragment Description(CslItem item)
    {
        var genre = CslTypes.Has(item.Title) && !CslTypes.Is(item, "manuscript thesis speech")
            ? Text(Typography.Smarten(item.Genre))
            : Empty;
        return Join(", ", Text(Typography.Smarten(item.Medium)), genre);
    }

    /// <summary>The locators-note macro: a journal's "11, no. 1", a book's "2nd ed., vol. 3", a statute's citation.</summary>
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

        return CslTypes.Is(item, "book chapter graphic motion_picture paper-conference report song")
            ? Join(", ", ChicagoMacros.Edition(item, bibliography: false), Text(item.Volume).Wrap("vol. ", string.Empty))
            : Empty;
    }

    private static bool IssueJoinedWithComma(CslItem item)
    {
        if (!CslTypes.Is(item, "article-journal bill legislation legal_case manuscript speech thesis") && !ChicagoMacros.HasPublisher(item))
        {
            return true;
        }

        return CslTypes.Is(item, "article-newspaper")
            || (CslTypes.Is(item, "article-journal") && !CslTypes.Has(item.Volume) && !CslTypes.Has(item.Issue));
    }

    private static bool IssueJoinedWithSpace(CslItem item)
    {
        if (!CslTypes.Is(item, "article-journal bill legislation legal_case manuscript thesis") && !ChicagoMacros.HasPublisher(item))
        {
            return false;
        }

        if (CslTypes.Is(item, "article-newspaper"))
        {
            return false;
        }

        return !CslTypes.Is(item, "article-journal") || CslTypes.Has(item.Volume) || CslTypes.Has(item.Issue);
    }

    /// <summary>The issue-note macro: "(New York: Penguin, 2006)", "(2017)", or the bare date.</summary>
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

        if (CslTypes.Is(item, "manuscript thesis speech"))
        {
            var genre = CslTypes.Has(item.Title) ? Text(Typography.Smarten(item.Genre)) : Empty;
            return Join(", ", genre, Text(Typography.Smarten(item.Publisher)), issued).Wrap("(", ")");
        }

        return ChicagoMacros.HasPublisher(item)
            ? Join(", ", ChicagoMacros.Publisher(item), issued).Wrap("(", ")")
            : issued;
    }
}
