using System.Text.RegularExpressions;
using Briefing.Csl;

namespace Briefing.CitationFormatting;

/// <summary>A citation in a note: its cites and sources, the note's number, whether it opens the note and punctuation follows.</summary>
internal sealed record NoteCitation(IReadOnlyList<(Content.CslItem Item, CslCite Cite)> Cites, int Note, bool BeginsNote, bool PunctuationFollows = false);

/// <summary>
/// A briefing's citations in both forms, as pandoc writes one in a footnote: in a note style, in parentheses without
/// the closing period, or a capitalised sentence where it opens the note; in an in-text style, as the style writes it.
/// </summary>
internal static partial class NoteCitations
{
    /// <summary>Each citation in both forms, the page's and the standalone one; kept in the formatter's memo.</summary>
    public static (string[] Page, string[] Full) Both(CslFormatter formatter, IReadOnlyList<NoteCitation> citations)
    {
        var both = formatter.Kept(MemoKey.Of(citations), (formatter, citations),
            state => [.. Page(state.formatter, state.citations), .. Full(state.formatter, state.citations)], strings => strings.Length == citations.Count * 2);
        return (both[..citations.Count], both[citations.Count..]);
    }

    /// <summary>The page's form: each cite linked to its source's entry in the page's bibliography.</summary>
    public static string[] Page(CslFormatter formatter, IReadOnlyList<NoteCitation> citations)
    {
        if (!formatter.IsNoteStyle)
        {
            var (whole, linked) = (formatter.Citations(citations, full: false), new StringBuilder(256));
            return [.. citations.Select((c, i) => AppendLinked(linked.Clear(), whole[i], -1, c.Cites[0].Item).ToString())];
        }

        // One cite a citation, in the note's place, so that each can link to its own entry.
        var split = citations.SelectMany(c => c.Cites.Select(cite => new NoteCitation([cite], c.Note, false)));
        var single = formatter.Citations([.. split], full: false);
        var result = new string[citations.Count];
        var html = new StringBuilder(256);
        for (int i = 0, next = 0; i < citations.Count; next += citations[i].Cites.Count, i++)
        {
            result[i] = Linked(html, single, next, citations[i]);
        }

        return result;
    }

    /// <summary>The standalone form: a full note at a source's first citation.</summary>
    public static string[] Full(CslFormatter formatter, IReadOnlyList<NoteCitation> citations)
    {
        var formatted = formatter.Citations(citations, full: true);
        return formatter.IsNoteStyle ? [.. citations.Select((citation, i) => InNote(formatted[i], citation))] : [.. formatted];
    }

    /// <summary>Opening the note, a sentence (capitalised unless prefixed; no period before the note's punctuation unless in quotes);
    /// else in parentheses without the period.</summary>
    private static string InNote(string html, NoteCitation citation)
    {
        if (!citation.BeginsNote)
        {
            var at = PeriodAt(html, ClosingPeriod());
            return at < 0 ? string.Concat("(", html, ")") : string.Concat("(", html.AsSpan(0, at), html.AsSpan(at + 1), ")");
        }

        var sentence = citation.PunctuationFollows && PeriodAt(html, BarePeriod()) is var last and >= 0 ? html.Remove(last, 1) : html;
        return citation.Cites[0].Cite.Prefix is null ? Capitalised(sentence) : sentence;
    }

    /// <summary>A page's citation as <see cref="InNote"/> writes it, its cites (from <paramref name="from"/>) each linked.</summary>
    private static string Linked(StringBuilder html, IReadOnlyList<string> formatted, int from, NoteCitation citation)
    {
        var (cites, opens) = (citation.Cites, !citation.BeginsNote);
        html.Clear().Append(opens ? "(" : "");
        for (var k = 0; k < cites.Count; k++)
        {
            var cite = formatted[from + k];
            var period = k < cites.Count - 1 || opens ? PeriodAt(cite, ClosingPeriod())
                : citation.PunctuationFollows && cite.EndsWith('.') ? cite.Length - 1 : -1;
            AppendLinked(html.Append(k > 0 ? "; " : ""), cite, period, cites[k].Item);
        }

        var text = html.Append(opens ? ")" : "").ToString();
        return opens || cites[0].Cite.Prefix is not null ? text : Capitalised(text);
    }

    /// <summary>Where the period a pattern finds stands, or -1: only the last period can have only quotes and tags after it.</summary>
    private static int PeriodAt(string html, Regex period) =>
        html.LastIndexOf('.') is var last and >= 0 && period.IsMatch(html.AsSpan(last)) ? last : -1;

    [GeneratedRegex(@"\.(?=[”’»]*(</[a-z]+>)*$)")]
    private static partial Regex ClosingPeriod();

    [GeneratedRegex(@"\.((?:</a>)?)$")]
    private static partial Regex BarePeriod();

    /// <summary>The cite, less the character at <paramref name="skip"/> (none if -1), linked to the source's bibliography entry.</summary>
    private static StringBuilder AppendLinked(StringBuilder html, string cite, int skip, Content.CslItem item)
    {
        if (cite.Length == 0)
        {
            return html;
        }

        html.Append("<a href=\"").Append(System.Net.WebUtility.HtmlEncode("#source-" + Uri.EscapeDataString(item.Id))).Append("\">");
        _ = skip < 0 ? html.Append(cite) : html.Append(cite, 0, skip).Append(cite, skip + 1, cite.Length - skip - 1);
        return html.Append("</a>");
    }

    /// <summary>The first letter outside a tag upper-cased, as pandoc does to a citation that opens a note.</summary>
    private static string Capitalised(string html)
    {
        var inTag = false;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c is '<' or '>')
            {
                inTag = c == '<';
            }
            else if (c == '&' && !inTag)
            {
                i = Math.Max(i, html.IndexOf(';', i));
            }
            else if (!inTag && char.IsLetter(c))
            {
                var upper = char.ToUpper(c, CultureInfo.InvariantCulture);
                return upper == c ? html : string.Concat(html.AsSpan(0, i), new ReadOnlySpan<char>(in upper), html.AsSpan(i + 1));
            }
        }

        return html;
    }
}
