using Briefing.Citations;

namespace Briefing.Rendering;

/// <summary>
/// Tracks CSL citation positions across a page's notes in reading order: first, subsequent, or ibid.
/// Ibid follows pandoc's citeproc, which reads CSL's rule with Chicago's (14.34: ibid refers to a
/// single work cited in the immediately preceding note): the preceding cite is the same source, and
/// either stands earlier in the same cluster, or ends a one-cite cluster such that every cite
/// before this one in the same note, or (at the start of a note) every cite of the immediately
/// preceding note, is of that source too.
/// </summary>
internal sealed class CitationPositions
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private Cite? _previous;
    private bool _previousClusterSingle;
    private int _inCluster;
    private NoteSources _thisNote;
    private NoteSources _previousNote;

    /// <summary>Call before each note, including notes that cite nothing.</summary>
    public void StartNote()
    {
        _previousNote = _thisNote;
        _thisNote = default;
    }

    public CitationPosition Next(Cite cite)
    {
        var previous = _previous;
        var eligible = _inCluster > 0
            || (_previousClusterSingle && (_thisNote.Any ? _thisNote : _previousNote).OnlyOf(cite.Key));
        _previous = cite;
        _inCluster++;
        _thisNote = _thisNote.With(cite.Key);
        if (_seen.Add(cite.Key))
        {
            return CitationPosition.First;
        }

        if (!eligible || previous is null || previous.Key != cite.Key)
        {
            return CitationPosition.Subsequent;
        }

        if (cite.Locator == previous.Locator)
        {
            return CitationPosition.Ibid;
        }

        return cite.Locator is null ? CitationPosition.Subsequent : CitationPosition.IbidWithLocator;
    }

    public void EndCluster(int citesInCluster)
    {
        _previousClusterSingle = citesInCluster == 1;
        _inCluster = 0;
    }

    /// <summary>The sources a note has cited so far: none, one (Key), or several (Key null).</summary>
    private readonly record struct NoteSources(bool Any, string? Key)
    {
        public NoteSources With(string key) => Any ? this with { Key = Key == key ? key : null } : new(true, key);

        public bool OnlyOf(string key) => Any && Key == key;
    }
}
