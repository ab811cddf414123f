using System.Text.RegularExpressions;

namespace Briefing.Rendering;

/// <summary>
/// Splits what follows a citation key into a locator and a suffix as Pandoc's citeproc does: ", chap. 2 and passim" is
/// chapter 2 plus " and passim"; ", 33-35, 40" is pages 33-35, 40; ", esp. 4" is only a suffix.
/// </summary>
internal static partial class LocatorSyntax
{
    // The en-US CSL locator terms, long and short, singular and plural, as citeproc knows them, plus "ch." (common, though
    // not a CSL term) and "art." (CSL 1.0.2's article-locator, which treaties need). Longest first: "pp." before "p.".
    private static readonly (string Form, string Label)[] Terms =
    [
        .. new[]
        {
            "book book books bk. bks.", "chapter chapter chapters chap. chaps. ch.", "column column columns col. cols.",
            "figure figure figures fig. figs.", "folio folio folios fol. fols.", "issue issue issues number no. nos.",
            "line line lines l. ll.", "note note notes n. nn.", "opus opus opera op. opp.", "page page pages p. pp.",
            "paragraph paragraph paragraphs para. paras. ¶ ¶¶", "part part parts pt. pts.",
            "section section sections sec. secs. § §§",
            "verse verse verses v. vv.", "volume volume volumes vol. vols.", "article-locator article articles art. arts.",
        }.Select(line => line.Split(' ')).SelectMany(words => words[1..].Select(form => (form, words[0])))
            .OrderByDescending(t => t.form.Length),
    ];

    public static (Locator? Locator, string Suffix) Split(string rest)
    {
        var position = SkipSpaces(rest, rest.StartsWith(',') ? 1 : 0);
        var term = Term(rest.AsSpan(position));
        if (term is { } found)
        {
            position = SkipSpaces(rest, position + found.Length);
        }

        var locator = (term is null ? Pages() : Labelled()).Match(rest, position);
        if (!locator.Success)
        {
            return (null, rest);
        }

        var value = Separator().Replace(locator.Value, s => s.Value[0] == ',' ? ", " : " ");
        return (new Locator(term?.Label ?? "page", value), rest[(locator.Index + locator.Length)..]);
    }

    private static int SkipSpaces(string text, int position) => text.Length - text.AsSpan(position).TrimStart().Length;

    /// <summary>The locator term at the start of text; a spelled-out one must be followed by white space.</summary>
    private static (string Label, int Length)? Term(ReadOnlySpan<char> text)
    {
        // Most citations have no locator at all: nothing to try the forms against.
        if (text.IsEmpty)
        {
            return null;
        }

        foreach (var (form, label) in Terms)
        {
            if (text.StartsWith(form, StringComparison.OrdinalIgnoreCase)
                && (!char.IsLetter(form[^1]) || (text.Length > form.Length && char.IsWhiteSpace(text[form.Length]))))
            {
                return (label, form.Length);
            }
        }

        return null;
    }

    // Words separated by commas or spaces, each up to the next character that is not a letter, digit or one of "-–:/()"
    // (a period only inside a word: "4.2" is one, the period in "4." ends the sentence). Without a label each word must
    // start with a digit (pages); after a label it may also be roman numerals ("pp. iv-vi").
    private const string WordCharacter = @"(?:[\p{L}\p{Nd}\-–:/()]|\.(?=[\p{L}\p{Nd}]))";
    private const string Number = "[0-9]" + WordCharacter + "*";
    private const string Roman = "[ivxlcdmIVXLCDM]+(?:[-–][ivxlcdmIVXLCDM]+)*(?!" + WordCharacter + ")";
    private const string Then = @"(?:,\s*|\s+)";

    [GeneratedRegex(@"\G" + Number + "(?:" + Then + Number + ")*")]
    private static partial Regex Pages();

    [GeneratedRegex(@"\G(?:" + Number + "|" + Roman + ")(?:" + Then + "(?:" + Number + "|" + Roman + "))*")]
    private static partial Regex Labelled();

    [GeneratedRegex(Then)]
    private static partial Regex Separator();
}
