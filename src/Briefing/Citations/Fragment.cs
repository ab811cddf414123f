using System.Collections.Immutable;

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
        var builder = ImmutableArray.CreateBuilder<Span>();
        foreach (var part in parts)
        {
            if (part.IsEmpty)
            {
                continue;
            }

            if (builder.Count > 0 && delimiter.Length > 0)
            {
                builder.Add(new Span(SpanKind.Text, delimiter));
            }

            builder.AddRange(part.Spans);
        }

        return builder.Count == 0 ? Empty : new Fragment(builder.ToImmutable());
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
