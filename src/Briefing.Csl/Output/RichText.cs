using System.Text;

namespace Briefing.Csl.Output;

/// <summary>Reads the markup CSL-JSON allows inside fields: HTML-like tags and straight or localized quotes.</summary>
internal sealed class RichText
{
    private static readonly (string Open, string Close, InlineKind Kind)[] Tags =
    [
        ("<i>", "</i>", InlineKind.Italic),
        ("<b>", "</b>", InlineKind.Bold),
        ("<u>", "</u>", InlineKind.Underline),
        ("<sup>", "</sup>", InlineKind.Superscript),
        ("<sub>", "</sub>", InlineKind.Subscript),
        ("<sc>", "</sc>", InlineKind.SmallCaps),
        ("<span style=\"font-variant:small-caps;\">", "</span>", InlineKind.SmallCaps),
        ("<span style=\"font-variant: small-caps;\">", "</span>", InlineKind.SmallCaps),
        ("<span class=\"nocase\">", "</span>", InlineKind.NoCase),
        ("<span class=\"nodecor\">", "</span>", InlineKind.NoDecoration),
        ("<span style=\"baseline\">", "</span>", InlineKind.Baseline),
    ];

    private readonly string _source;
    private readonly QuoteMarks _quotes;
    private int _position;

    private RichText(string source, QuoteMarks quotes)
    {
        _source = source;
        _quotes = quotes;
    }

    public static Inline Parse(string source, QuoteMarks quotes)
    {
        if (source.Length == 0)
        {
            return Inline.Empty;
        }
        if (!quotes.MayHoldMarkup(source))
        {
            return Inline.Str(source);
        }
        var parsed = quotes.Parsed;
        if (parsed.TryGetValue(source, out var kept))
        {
            return kept;
        }
        if (Interlocked.Increment(ref _kept) > MaxKept)
        {
            parsed.Clear();
            Interlocked.Exchange(ref _kept, 0);
        }
        var parser = new RichText(source, quotes);
        return parsed.GetOrAdd(source, Inline.Concat(parser.ParseUntil(null, out _)));
    }

    // Texts with markup are parsed once per locale's quotes, up to a bound that a long-running preview cannot outgrow.
    private const int MaxKept = 100_000;
    private static int _kept;

    private List<Inline> ParseUntil(string? closer, out bool closed)
    {
        var result = new List<Inline>();
        var text = new StringBuilder();
        while (_position < _source.Length)
        {
            if (closer is not null && _source.AsSpan(_position).StartsWith(closer, StringComparison.Ordinal)
                && !(closer == "'" && IsApostrophe()))
            {
                _position += closer.Length;
                Flush(text, result);
                closed = true;
                return result;
            }
            if (TryOpen(out var open, out var close, out var kind))
            {
                var start = _position;
                _position += open.Length;
                var inner = ParseUntil(close, out var innerClosed);
                if (innerClosed)
                {
                    Flush(text, result);
                    result.Add(Inline.Wrap(kind, Inline.Concat(inner)));
                    continue;
                }
                _position = start + open.Length;
                text.Append(OpenLiteral(open));
                continue;
            }
            var c = _source[_position++];
            text.Append(c == '\'' || c == '\u2019' ? '\u2019' : c);
        }
        Flush(text, result);
        closed = false;
        return result;
    }

    private static string OpenLiteral(string open) => open == "'" ? "\u2019" : open;

    private bool TryOpen(out string open, out string close, out InlineKind kind)
    {
        kind = InlineKind.Quoted;
        var rest = _source.AsSpan(_position);
        foreach (var tag in Tags)
        {
            if (rest.StartsWith(tag.Open, StringComparison.OrdinalIgnoreCase))
            {
                (open, close, kind) = tag;
                return true;
            }
        }
        var followedBySpace = rest.Length < 2 || char.IsWhiteSpace(rest[1]);
        (open, close) = rest[0] switch
        {
            '"' => ("\"", "\""),
            '\'' when !PrecededByWord() => ("'", "'"),
            _ when rest.StartsWith(_quotes.OpenOuter, StringComparison.Ordinal) => (_quotes.OpenOuter, _quotes.CloseOuter),
            _ when rest.StartsWith(_quotes.OpenInner, StringComparison.Ordinal) => (_quotes.OpenInner, _quotes.CloseInner),
            '\u201C' => ("\u201C", "\u201D"),
            '\u2018' => ("\u2018", "\u2019"),
            _ => ("", ""),
        };
        return open.Length > 0 && !followedBySpace;
    }

    private bool PrecededByWord() => _position > 0 && char.IsLetterOrDigit(_source[_position - 1]);

    private bool IsApostrophe() =>
        PrecededByWord() && _position + 1 < _source.Length && char.IsLetter(_source[_position + 1]);

    private static void Flush(StringBuilder text, List<Inline> result)
    {
        if (text.Length > 0)
        {
            result.Add(Inline.Str(NarrowSpaces(text.ToString())));
            text.Clear();
        }
    }

    private static string NarrowSpaces(string text) => text
        .Replace(" ;", "\u202F;", StringComparison.Ordinal)
        .Replace(" ?", "\u202F?", StringComparison.Ordinal)
        .Replace(" !", "\u202F!", StringComparison.Ordinal)
        .Replace(" \u00BB", "\u202F\u00BB", StringComparison.Ordinal)
        .Replace("\u00AB ", "\u00AB\u202F", StringComparison.Ordinal);
}
