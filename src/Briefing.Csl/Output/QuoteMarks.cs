using System.Collections.Concurrent;

namespace Briefing.Csl.Output;

/// <summary>A locale's outer and inner quotation marks, and the rich text read with them.</summary>
internal sealed class QuoteMarks(string openOuter, string closeOuter, string openInner, string closeInner)
{
    public static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");

    private ConcurrentDictionary<string, Inline>? _parsed;

    // What can start a tag or a quote, become a curly apostrophe or take a narrow space: text with none is its own rich text.
    private readonly System.Buffers.SearchValues<char> _markup = System.Buffers.SearchValues.Create(
        "<\"'\u2019\u201C\u2018;?!\u00AB\u00BB" + First(openOuter) + First(openInner));

    public string OpenOuter { get; } = openOuter;

    public string CloseOuter { get; } = closeOuter;

    public string OpenInner { get; } = openInner;

    public string CloseInner { get; } = closeInner;

    /// <summary>Whether a text may hold markup, quotes or what is written otherwise in rich text.</summary>
    public bool MayHoldMarkup(string text) => text.AsSpan().ContainsAny(_markup);

    private static string First(string mark) => mark.Length > 0 ? mark[..1] : "";

    /// <summary>Texts with markup already read with these marks (rich text never changes).</summary>
    public ConcurrentDictionary<string, Inline> Parsed =>
        _parsed ?? Interlocked.CompareExchange(ref _parsed, new(StringComparer.Ordinal), null) ?? _parsed;
}
