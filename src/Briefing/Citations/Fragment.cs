using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Briefing.Citations;

internal enum SpanKind
{
    Text,
    Italic,
    Quoted,
    Link,
    LinkStart,
    LinkEnd,
}

/// <summary>
/// A run of formatted text; for a Link, Text is the URL, shown as the link's text. LinkStart (Text is
/// the href) and LinkEnd enclose spans that link elsewhere, such as a short note to its source.
/// </summary>
internal readonly record struct Span(SpanKind Kind, string Text);

/// <summary>
/// Formatted text on its way to HTML. Kept as spans rather than markup because Chicago's
/// punctuation rules (a comma moves inside closing quotation marks, "?" swallows a following
/// period) must see the text next to each boundary; see <see cref="FragmentHtml"/>.
/// </summary>
internal sealed class Fragment
{
    public static readonly Fragment Empty = new([]);

    private Fragment(ImmutableArray<Span> spans) => Spans = spans;

    public ImmutableArray<Span> Spans { get; }

    public bool IsEmpty => Spans.IsEmpty;

    public static Fragment Text(string? text) => Of(SpanKind.Text, text);

    public static Fragment Italic(string? text) => Of(SpanKind.Italic, text);

    public static Fragment Quoted(string? text) => Of(SpanKind.Quoted, text);

    public static Fragment Link(string? url) => Of(SpanKind.Link, url?.Trim());

    /// <summary>Joins the non-empty parts; empty when all parts are, as a CSL group is suppressed.</summary>
    public static Fragment Join(string delimiter, params ReadOnlySpan<Fragment> parts)
    {
        // Counted first: the spans go straight into an array of their number, which the fragment keeps.
        var (count, joined, only) = (0, 0, Empty);
        foreach (var part in parts)
        {
            if (!part.IsEmpty)
            {
                (count, joined, only) = (count + part.Spans.Length, joined + 1, part);
            }
        }

        if (joined <= 1)
        {
            return only;
        }

        var spans = new Span[count + (delimiter.Length > 0 ? joined - 1 : 0)];
        var at = 0;
        foreach (var part in parts)
        {
            if (part.IsEmpty)
            {
                continue;
            }

            if (at > 0 && delimiter.Length > 0)
            {
                spans[at++] = new Span(SpanKind.Text, delimiter);
            }

            part.Spans.CopyTo(spans, at);
            at += part.Spans.Length;
        }

        return new Fragment(ImmutableCollectionsMarshal.AsImmutableArray(spans));
    }

    public static Fragment Concat(params ReadOnlySpan<Fragment> parts) => Join(string.Empty, parts);

    /// <summary>Adds affixes around non-empty text only, as CSL prefix and suffix attributes do.</summary>
    public Fragment Wrap(string prefix, string suffix) =>
        IsEmpty ? Empty : Concat(Text(prefix), this, Text(suffix));

    /// <summary>The same text as a link to <paramref name="href"/> (an href the caller has made safe).</summary>
    public Fragment LinkedTo(string href) => IsEmpty
        ? Empty
        : new Fragment([new Span(SpanKind.LinkStart, href), .. Spans, new Span(SpanKind.LinkEnd, string.Empty)]);

    public string ToHtml() => FragmentHtml.Render(Spans);

    private static Fragment Of(SpanKind kind, string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : new Fragment([new Span(kind, text)]);
}
