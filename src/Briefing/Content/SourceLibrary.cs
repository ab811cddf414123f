namespace Briefing.Content;

/// <summary>The sources a briefing may cite: the site's and its own. Not complete when a sources file could not be read:
/// a citation then missing from it is no news to the editor.</summary>
internal sealed record SourceLibrary(ImmutableDictionary<string, LocatedSource> Sources, bool Complete = true)
{
    public static readonly SourceLibrary Empty = new(ImmutableDictionary<string, LocatedSource>.Empty.WithComparers(StringComparer.Ordinal));
}

/// <param name="Unlisted">Keys the item holds that CSL does not define (a reference manager's own): the build ignores them.</param>
internal sealed record LocatedSource(CslItem Item, SourceLocation At, ImmutableArray<UnlistedKey> Unlisted);

/// <summary>A key CSL does not define, where it was found (<paramref name="What"/>: "the source", "a name in 'author'").</summary>
internal sealed record UnlistedKey(string Key, string What, SourceLocation At);
