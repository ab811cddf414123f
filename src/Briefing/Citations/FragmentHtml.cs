using System.Collections.Immutable;
using System.Text;
using Briefing.Html;

namespace Briefing.Citations;

/// <summary>Renders fragments as HTML, applying the en-US punctuation rules CSL processors apply.</summary>
internal static class FragmentHtml
{
    public static string Render(ImmutableArray<Span> spans)
    {
        var html = new StringBuilder();
        foreach (var span in Punctuate(spans))
        {
            switch (span.Kind)
            {
                case SpanKind.Italic:
                    html.Append("<i>").Append(HtmlText.Escape(span.Text)).Append("</i>");
                    break;
                case SpanKind.Quoted:
                    html.Append('\u201C').Append(HtmlText.Escape(span.Text)).Append('\u201D');
                    break;
                case SpanKind.Link:
                    AppendLink(html, span.Text);
                    break;
                case SpanKind.LinkStart:
                    html.Append("<a href=\"").Append(HtmlText.Escape(span.Text)).Append("\">");
                    break;
                case SpanKind.LinkEnd:
                    html.Append("</a>");
                    break;
                default:
                    html.Append(HtmlText.Escape(span.Text));
                    break;
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// A period or comma after a quotation goes inside it (American usage); after "?", "!" or a
    /// period it is dropped, so "Who Wins?" is not followed by a stray comma and "ed." by "..".
    /// The edges of a link are looked through: the comma goes inside the quotation, inside the link.
    /// </summary>
    private static List<Span> Punctuate(ImmutableArray<Span> spans)
    {
        var result = new List<Span>(spans.Length);
        foreach (var span in spans)
        {
            if (span.Kind is SpanKind.LinkStart or SpanKind.LinkEnd)
            {
                result.Add(span);
                continue;
            }

            var text = span.Text;
            var before = result.FindLastIndex(s => s.Kind is not (SpanKind.LinkStart or SpanKind.LinkEnd));
            if (span.Kind == SpanKind.Text && before >= 0 && text.Length > 0 && text[0] is '.' or ',')
            {
                var previous = result[before];
                var last = previous.Text[^1];
                if (last is '?' or '!' || (last == '.' && text[0] == '.'))
                {
                    text = text[1..];
                }
                else if (previous.Kind == SpanKind.Quoted)
                {
                    result[before] = previous with { Text = previous.Text + text[0] };
                    text = text[1..];
                }
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (span.Kind == SpanKind.Text && result.Count > 0 && result[^1].Kind == SpanKind.Text)
            {
                result[^1] = result[^1] with { Text = result[^1].Text + text };
            }
            else
            {
                result.Add(span with { Text = text });
            }
        }

        return result;
    }

    private static void AppendLink(StringBuilder html, string url)
    {
        var linkable = HtmlText.IsSafeUrl(url)
            && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (!linkable)
        {
            html.Append(HtmlText.Escape(url));
            return;
        }

        var escaped = HtmlText.Escape(url);
        html.Append("<a href=\"").Append(escaped).Append("\">").Append(escaped).Append("</a>");
    }
}
