using Briefing.Content;

namespace Briefing.Citations;

/// <summary>
/// Chicago notes-bibliography, as chicago-fullnote-bibliography.csl (17th edition) has Pandoc
/// format it, except for international documents (see <see cref="InternationalDocuments"/>).
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
        var parts = cites.Select(Cite).ToArray();
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

    private static Fragment Cite(CitedItem cited)
    {
        var (cite, item, position) = cited;
        var body = (InternationalDocuments.Handles(item), position) switch
        {
            (true, CitationPosition.First) => InternationalDocuments.FirstNote(item, cite.Locator),
            (true, _) => InternationalDocuments.ShortNote(item, cite.Locator),
            (false, CitationPosition.First) => ChicagoNote.First(item, cite.Locator),
            (false, CitationPosition.Subsequent) => ChicagoShortNote.Subsequent(item, cite.Locator),
            _ => ChicagoShortNote.Ibid(item, cite.Locator),
        };
        var prefix = Fragment.Text(Typography.Smarten(cite.Prefix.Trim()));
        var suffix = Typography.Smarten(cite.Suffix.TrimEnd()) ?? string.Empty;
        if (suffix.Length > 0 && char.IsLetterOrDigit(suffix[0]))
        {
            suffix = " " + suffix; // "[@key, p. 4 and passim]" and "[@key passim]" alike
        }

        return Fragment.Concat(Fragment.Join(" ", prefix, body), Fragment.Text(suffix));
    }
}
