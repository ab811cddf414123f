using Briefing.Content;

namespace Briefing.Citations;

/// <summary>
/// Chicago notes-bibliography, as chicago-fullnote-bibliography.csl (17th edition) has Pandoc
/// format it, except for international documents (see <see cref="InternationalDocuments"/>), and
/// the short notes of chicago-note-bibliography.csl for pages that carry the full bibliography.
/// All results are HTML; every field is escaped, and only http(s) URLs become links.
/// </summary>
internal static class ChicagoStyle
{
    /// <summary>
    /// A citation cluster written inside an editor's note. Pandoc puts such a citation in
    /// parentheses without the note's closing period, "(see Author, <i>Title</i> (…), 4; also …)";
    /// the text around it supplies the punctuation.
    /// </summary>
    public static string FormatCluster(IReadOnlyList<CitedItem> cites)
    {
        ArgumentNullException.ThrowIfNull(cites);
        var parts = cites.Select(cited => Cite(cited, Body(cited))).ToArray();
        return Fragment.Join("; ", parts).Wrap("(", ")").ToHtml();
    }

    /// <summary>
    /// The same cluster in short notes throughout, each cite linked to <paramref name="href"/> of its
    /// source, for a page whose bibliography lists every source cited: "(see <a>Pollan,
    /// <i>Omnivore’s Dilemma</i>, 4</a>)". With such a bibliography the Chicago Manual of Style
    /// (17th ed., 14.29, "When to use shortened citations") lets short notes stand even at a source's
    /// first citation, as guides to it put it ("If you include a bibliography, The Chicago Manual of
    /// Style suggests that you shorten all notes, including the first reference to a source",
    /// Macmillan's Writer's Help; "a shortened citation is recommended to avoid duplication", CSU
    /// Sacramento's library); chicago-note-bibliography.csl ("short notes and bibliography") does so.
    /// </summary>
    public static string FormatShortCluster(IReadOnlyList<CitedItem> cites, Func<CslItem, string> href)
    {
        ArgumentNullException.ThrowIfNull(cites);
        ArgumentNullException.ThrowIfNull(href);
        var parts = cites.Select(cited => Cite(cited, ShortBody(cited).LinkedTo(href(cited.Item)))).ToArray();
        return Fragment.Join("; ", parts).Wrap("(", ")").ToHtml();
    }

    public static string FormatBibliographyEntry(CslItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var entry = InternationalDocuments.Handles(item)
            ? InternationalDocuments.Bibliography(item)
            : ChicagoBibliography.Entry(item);
        return entry.ToHtml();
    }

    /// <summary>
    /// Bibliography order, compared with StringComparer.OrdinalIgnoreCase: names family first
    /// (editor, translator or title standing in for a missing author), then title, then date.
    /// </summary>
    public static string SortKey(CslItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var names = !item.Author.IsEmpty ? item.Author
            : !item.Editor.IsEmpty ? item.Editor
            : item.Translator;
        var first = names.IsEmpty ? item.Title ?? string.Empty : ChicagoNames.SortForm(names);
        // \u0001 sorts below every printable character, so "Smith" comes before "Smithson".
        return string.Join(
            '\u0001',
            first.Trim(),
            item.Title?.Trim() ?? string.Empty,
            item.Genre?.Trim() ?? string.Empty,
            ChicagoDates.SortForm(item.Issued));
    }

    private static Fragment Body(CitedItem cited)
    {
        var (cite, item, position) = cited;
        return (InternationalDocuments.Handles(item), position) switch
        {
            (true, CitationPosition.First) => InternationalDocuments.FirstNote(item, cite.Locator),
            (false, CitationPosition.First) => ChicagoNote.First(item, cite.Locator),
            _ => ShortBody(cited),
        };
    }

    /// <summary>A first citation takes the subsequent form, as chicago-note-bibliography.csl has it.</summary>
    private static Fragment ShortBody(CitedItem cited)
    {
        var (cite, item, position) = cited;
        return (InternationalDocuments.Handles(item), position) switch
        {
            (true, _) => InternationalDocuments.ShortNote(item, cite.Locator),
            (false, CitationPosition.First or CitationPosition.Subsequent) => ChicagoShortNote.Subsequent(item, cite.Locator),
            _ => ChicagoShortNote.Ibid(item, cite.Locator),
        };
    }

    private static Fragment Cite(CitedItem cited, Fragment body)
    {
        var cite = cited.Cite;
        var prefix = Fragment.Text(Typography.Smarten(cite.Prefix.Trim()));
        var suffix = Typography.Smarten(cite.Suffix.TrimEnd()) ?? string.Empty;
        if (suffix.Length > 0 && char.IsLetterOrDigit(suffix[0]))
        {
            suffix = " " + suffix; // "[@key, p. 4 and passim]" and "[@key passim]" alike
        }

        return Fragment.Concat(Fragment.Join(" ", prefix, body), Fragment.Text(suffix));
    }
}
