namespace Briefing.Rendering;

/// <summary>The en-US CSL locator terms: the forms an editor may type and the short form a note prints.</summary>
internal static class LocatorTerms
{
    // Long and short forms, singular and plural, as citeproc's en-US locale knows them, plus "ch."
    // (common, though not a CSL term) and "art." (CSL 1.0.2's article-locator, which treaties need).
    private static readonly (string Form, string Label)[] Forms = Longest(
    [
        ("book", "book"), ("books", "book"), ("bk.", "book"), ("bks.", "book"),
        ("chapter", "chapter"), ("chapters", "chapter"), ("chap.", "chapter"), ("chaps.", "chapter"), ("ch.", "chapter"),
        ("column", "column"), ("columns", "column"), ("col.", "column"), ("cols.", "column"),
        ("figure", "figure"), ("figures", "figure"), ("fig.", "figure"), ("figs.", "figure"),
        ("folio", "folio"), ("folios", "folio"), ("fol.", "folio"), ("fols.", "folio"),
        ("issue", "issue"), ("issues", "issue"), ("number", "issue"), ("no.", "issue"), ("nos.", "issue"),
        ("line", "line"), ("lines", "line"), ("l.", "line"), ("ll.", "line"),
        ("note", "note"), ("notes", "note"), ("n.", "note"), ("nn.", "note"),
        ("opus", "opus"), ("opera", "opus"), ("op.", "opus"), ("opp.", "opus"),
        ("page", "page"), ("pages", "page"), ("p.", "page"), ("pp.", "page"),
        ("paragraph", "paragraph"), ("paragraphs", "paragraph"), ("para.", "paragraph"), ("paras.", "paragraph"),
        ("¶", "paragraph"), ("¶¶", "paragraph"),
        ("part", "part"), ("parts", "part"), ("pt.", "part"), ("pts.", "part"),
        ("section", "section"), ("sections", "section"), ("sec.", "section"), ("secs.", "section"),
        ("§", "section"), ("§§", "section"),
        ("verse", "verse"), ("verses", "verse"), ("v.", "verse"), ("vv.", "verse"),
        ("volume", "volume"), ("volumes", "volume"), ("vol.", "volume"), ("vols.", "volume"),
        ("article", "article-locator"), ("articles", "article-locator"), ("art.", "article-locator"), ("arts.", "article-locator"),
    ]);

    /// <summary>Matches a label at the start of text; a spelled-out label must be followed by white space.</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, out string label, out int length)
    {
        // Most citations have no locator at all: nothing to try the 80 forms against.
        if (text.IsEmpty)
        {
            label = string.Empty;
            length = 0;
            return false;
        }

        foreach (var (form, candidate) in Forms)
        {
            if (!text.StartsWith(form, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var endsWithLetter = char.IsLetter(form[^1]);
            if (endsWithLetter && (text.Length == form.Length || !char.IsWhiteSpace(text[form.Length])))
            {
                continue;
            }

            label = candidate;
            length = form.Length;
            return true;
        }

        label = string.Empty;
        length = 0;
        return false;
    }

    private static (string Form, string Label)[] Longest((string Form, string Label)[] forms)
    {
        // "pp." must win over "p.", "no." over "n.", "vol." over "v.".
        return [.. forms.OrderByDescending(f => f.Form.Length)];
    }
}
