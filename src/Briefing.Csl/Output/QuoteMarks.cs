using System.Collections.Concurrent;

namespace Briefing.Csl.Output;

/// <summary>A locale's outer and inner quotation marks, and the rich text read with them.</summary>
internal sealed class QuoteMarks(string openOuter, string closeOuter, string openInner, string closeInner)
{
    public static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");

    private ConcurrentDictionary<string, Inline>? _parsed;

    public string OpenOuter { get; } = openOuter;

    public string CloseOuter { get; } = closeOuter;

    public string OpenInner { get; } = openInner;

    public string CloseInner { get; } = closeInner;

    /// <summary>Texts with markup already read with these marks (rich text never changes).</summary>
    public ConcurrentDictionary<string, Inline> Parsed =>
        _parsed ?? Interlocked.CompareExchange(ref _parsed, new(StringComparer.Ordinal), null) ?? _parsed;
}
