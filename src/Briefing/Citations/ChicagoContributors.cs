using System.Collections.Immutable;
using Briefing.Content;
using static Briefing.Citations.ChicagoNames;

namespace Briefing.Citations;

/// <summary>Who stands first in a citation: the author, or in the author's place an editor, a translator, or
/// (bibliography only) a newspaper, magazine or website. A stand-in is not repeated later in the cite.</summary>
internal enum Contributor
{
    None,
    Author,
    Editor,
    Translator,
    ContainerTitle,
}

/// <summary>The style's contributors, contributors-note, contributors-short and editor-translator macros.</summary>
internal static class ChicagoContributors
{
    public static Contributor Primary(CslItem item, bool bibliography)
    {
        if (!item.Author.IsEmpty)
        {
            return Contributor.Author;
        }

        if (!item.Editor.IsEmpty)
        {
            return Contributor.Editor;
        }

        if (!item.Translator.IsEmpty)
        {
            return Contributor.Translator;
        }

        return bibliography && CslTypes.Has(item.ContainerTitle)
            && CslTypes.Is(item, "article-magazine article-newspaper webpage post-weblog")
            ? Contributor.ContainerTitle
            : Contributor.None;
    }

    public static Fragment Note(CslItem item) => Primary(item, bibliography: false) switch
    {
        Contributor.Author => Names(NoteList(item.Author, Display)),
        Contributor.Editor => Names(NoteList(item.Editor, Display) + EditorLabel(item.Editor)),
        Contributor.Translator => Names(NoteList(item.Translator, Display) + ", trans."),
        _ => Fragment.Empty,
    };

    public static Fragment Short(CslItem item) => Primary(item, bibliography: false) switch
    {
        Contributor.Author => Names(NoteList(item.Author, ChicagoNames.Short)),
        Contributor.Editor => Names(NoteList(item.Editor, ChicagoNames.Short)),
        Contributor.Translator => Names(NoteList(item.Translator, ChicagoNames.Short)),
        _ => Fragment.Empty,
    };

    public static Fragment Bibliography(CslItem item) => Primary(item, bibliography: true) switch
    {
        Contributor.Author => Names(BibliographyList(item.Author, invertFirst: true)),
        Contributor.Editor => Names(BibliographyList(item.Editor, invertFirst: true) + EditorLabel(item.Editor)),
        Contributor.Translator => Names(BibliographyList(item.Translator, invertFirst: true) + ", trans."),
        Contributor.ContainerTitle => Fragment.Text(Typography.Smarten(item.ContainerTitle)),
        _ => Fragment.Empty,
    };

    /// <summary>"ed. A and B, trans. C" in notes.</summary>
    public static Fragment EditorTranslatorNote(CslItem item)
    {
        var (editors, translators) = Secondary(item);
        return Labelled(editors, translators, "ed. ", "trans. ", "ed. and trans. ", ", ", names => NoteList(names, Display));
    }

    /// <summary>"Edited by A. Translated by B." after a book's title, or "edited by A" after a chapter's container.</summary>
    public static Fragment EditorTranslatorBibliography(CslItem item, bool sentence)
    {
        var (editors, translators) = Secondary(item);
        return sentence
            ? Labelled(editors, translators, "Edited by ", "Translated by ", "Edited and translated by ", ". ", BibliographyNames)
            : Labelled(editors, translators, "edited by ", "translated by ", "edited and translated by ", ", ", BibliographyNames);
    }

    private static string BibliographyNames(ImmutableArray<CslName> names) => BibliographyList(names, invertFirst: false);

    private static (ImmutableArray<CslName> Editors, ImmutableArray<CslName> Translators) Secondary(CslItem item)
    {
        var primary = Primary(item, bibliography: false);
        return (primary == Contributor.Editor ? [] : item.Editor, primary == Contributor.Translator ? [] : item.Translator);
    }

    private static Fragment Labelled(
        ImmutableArray<CslName> editors,
        ImmutableArray<CslName> translators,
        string editorLabel,
        string translatorLabel,
        string bothLabel,
        string delimiter,
        Func<ImmutableArray<CslName>, string> list)
    {
        if (!editors.IsEmpty && editors.SequenceEqual(translators))
        {
            return Names(bothLabel + list(editors));
        }

        return Fragment.Join(
            delimiter,
            editors.IsEmpty ? Fragment.Empty : Names(editorLabel + list(editors)),
            translators.IsEmpty ? Fragment.Empty : Names(translatorLabel + list(translators)));
    }

    private static string EditorLabel(ImmutableArray<CslName> editors) => editors.Length > 1 ? ", eds." : ", ed.";

    private static Fragment Names(string text) => Fragment.Text(Typography.Smarten(text));
}
