using System.Runtime.CompilerServices;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>A citation's cites (items by reference, the cite as the style can tell it apart), whether it opens its note, and the output format.</summary>
internal sealed class CitationKey((CslItem Item, CslCite Cite, CiteContext Context, int Number)[] cites, bool startsNote, object format)
    : IEquatable<CitationKey>
{
    private readonly (CslItem Item, CslCite Cite, CiteContext Context, int Number)[] _cites = cites;

    private bool StartsNote => startsNote;

    private object Format => format;

    public bool Equals(CitationKey? other)
    {
        if (other is null || other._cites.Length != _cites.Length || startsNote != other.StartsNote || !ReferenceEquals(format, other.Format))
        {
            return false;
        }

        for (var i = 0; i < _cites.Length; i++)
        {
            var (a, b) = (_cites[i], other._cites[i]);
            if (!ReferenceEquals(a.Item, b.Item) || a.Number != b.Number || !Same(a.Cite, b.Cite) || !ReferenceEquals(a.Context, b.Context) && a.Context != b.Context)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CitationKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(startsNote);
        foreach (var (item, cite, context, number) in _cites)
        {
            hash.Add(RuntimeHelpers.GetHashCode(item));
            hash.Add(cite.Locator);
            hash.Add(cite.Prefix);
            hash.Add(cite.Suffix);
            hash.Add(context.Position);
            hash.Add(context.NearNote);
            hash.Add(number);
        }

        return hash.ToHashCode();
    }

    private static bool Same(CslCite a, CslCite b) => ReferenceEquals(a, b) || a == b;
}
