using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>
/// A citation as its first item's memo keeps it: the first cite (null where it has no locator, affixes or
/// flags) and its position as far as the style reads it, further cites with their items, the citation
/// number where the style reads it, whether the citation opens its note, and the output format.
/// </summary>
internal readonly struct CitationKey : IEquatable<CitationKey>
{
    private readonly CslCite? _cite;
    private readonly CiteContext _context;
    private readonly int _shape;
    private readonly int _number;
    private readonly bool _startsNote;
    private readonly object _format;
    private readonly (CslItem Item, CslCite Cite, CiteContext Context, int Number)[]? _rest;

    // Found once, so that a kept key that differs is passed over at one comparison.
    private readonly int _hash;

    /// <param name="rest">The cites after the first, or null where there are none.</param>
    public CitationKey((CslItem Item, CslCite Cite, CiteContext Context, int Number) first, (CslItem Item, CslCite Cite, CiteContext Context, int Number)[]? rest,
        bool startsNote, object format)
    {
        _cite = first.Cite is { Locator: null, Label: null, Prefix: null, Suffix: null, SuppressAuthor: false, AuthorOnly: false } ? null : first.Cite;
        (_context, _shape, _number) = (first.Context, MemoKey.Shape(first.Context), first.Number);
        (_startsNote, _format) = (startsNote, format);
        _rest = rest;
        _hash = HashCode.Combine(_shape, _number, _startsNote, _cite?.Locator, _rest?.Length);
    }

    public bool Equals(CitationKey other) => _hash == other._hash && _shape == other._shape && _number == other._number && _startsNote == other._startsNote
        && (ReferenceEquals(_format, other._format) || _format.Equals(other._format)) && Same(_cite, other._cite)
        && (ReferenceEquals(_context, other._context) || _context == other._context) && SameRest(_rest, other._rest);

    public override bool Equals(object? obj) => obj is CitationKey other && Equals(other);

    public override int GetHashCode() => _hash;

    private static bool Same(CslCite? a, CslCite? b) => ReferenceEquals(a, b) || a is not null && a.Equals(b);

    private static bool SameRest((CslItem Item, CslCite Cite, CiteContext Context, int Number)[]? a, (CslItem Item, CslCite Cite, CiteContext Context, int Number)[]? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i].Item, b[i].Item) || a[i].Number != b[i].Number || !Same(a[i].Cite, b[i].Cite) || a[i].Context != b[i].Context)
            {
                return false;
            }
        }

        return true;
    }
}
