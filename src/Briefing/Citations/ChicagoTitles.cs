using Briefing.Content;

namespace Briefing.Citations;

/// <summary>The style's title, title-note, title-short and container-title macros.</summary>
internal static class ChicagoTitles
{
    private const string ItalicTypes = "book graphic motion_picture song";

    public static Fragment Note(CslItem item)
    {
        if (!CslTypes.Has(item.Title))
        {
            return Fragment.Text(Typography.Smarten(item.Genre));
        }

        if (CslTypes.Is(item, ItalicTypes + " map"))
        {
            return Italic(item.Title);
        }

        // The style quotes statute titles in notes but not in the bibliography; Chicago sets them roman in both.
        return CslTypes.Is(item, CslTypes.Legal + " interview patent") ? Roman(item.Title) : Quoted(item.Title);
    }

    public static Fragment Bibliography(CslItem item)
    {
        if (!CslTypes.Has(item.Title))
        {
            return CslTypes.Is(item, "personal_communication")
                ? Fragment.Empty
                : Fragment.Text(CapitalizeFirst(Typography.Smarten(item.Genre)));
        }

        if (CslTypes.Is(item, ItalicTypes))
        {
            return Italic(item.Title);
        }

        return CslTypes.Is(item, CslTypes.Legal + " interview patent") ? Roman(item.Title) : Quoted(item.Title);
    }

    public static Fragment Short(CslItem item)
    {
        var shortTitle = CslTypes.Has(item.TitleShort) ? item.TitleShort : item.Title;
        if (!CslTypes.Has(item.Title))
        {
            return CslTypes.Is(item, "manuscript speech") ? Fragment.Text(Typography.Smarten(item.Genre)) : Fragment.Empty;
        }

        if (CslTypes.Is(item, ItalicTypes))
        {
            return Italic(shortTitle);
        }

        if (CslTypes.Is(item, "legal_case") && CslTypes.Has(item.TitleShort))
        {
            return Fragment.Italic(Typography.Smarten(item.TitleShort));
        }

        if (CslTypes.Is(item, "patent interview"))
        {
            return Roman(shortTitle);
        }

        return CslTypes.Is(item, CslTypes.Legal) ? Roman(item.Title) : Quoted(shortTitle);
    }

    /// <summary>"in <i>Container</i>" for chapters; a website's name stays roman, a blog's gains "(blog)".</summary>
    public static Fragment Container(CslItem item, bool bibliography)
    {
        if (!CslTypes.Has(item.ContainerTitle) || CslTypes.Is(item, CslTypes.Legal)
            || ChicagoContributors.Primary(item, bibliography) == Contributor.ContainerTitle)
        {
            return Fragment.Empty;
        }

        var title = item.Type switch
        {
            "webpage" => Roman(item.ContainerTitle),
            "post-weblog" => Fragment.Concat(Italic(item.ContainerTitle), Fragment.Text(" (blog)")),
            _ => Italic(item.ContainerTitle),
        };
        return CslTypes.Is(item, CslTypes.ChapterLike)
            ? Fragment.Join(" ", Fragment.Text(bibliography ? "In" : "in"), title)
            : title;
    }

    public static Fragment Collection(CslItem item) => CslTypes.Is(item, "article-journal")
        ? Fragment.Empty
        : Fragment.Text(TitleCase.Apply(Typography.Smarten(item.CollectionTitle)));

    public static Fragment JournalCollection(CslItem item) => CslTypes.Is(item, "article-journal")
        ? Fragment.Text(Typography.Smarten(item.CollectionTitle))
        : Fragment.Empty;

    public static string? CapitalizeFirst(string? text) =>
        string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static Fragment Italic(string? title) => Fragment.Italic(TitleCase.Apply(Typography.Smarten(title)));

    private static Fragment Quoted(string? title) =>
        Fragment.Quoted(TitleCase.Apply(Typography.Smarten(title, insideQuotes: true)));

    private static Fragment Roman(string? title) => Fragment.Text(Typography.Smarten(title));
}
