using Briefing.Citations;

namespace Briefing.Rendering;

/// <summary>
/// Tracks CSL citation positions across a page's notes in reading order: first, subsequent, or ibid
/// (the immediately preceding cite is the same source, in this cluster or a preceding one-cite cluster).
/// </summary>
internal sealed class CitationPositions
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private Cite? _previous;
    private bool _previousEligible;
    private int _inCluster;

    public CitationPosition Next(Cite cite)
    {
        var eligible = _inCluster > 0 || _previousEligible;
        var previous = _previous;
        _previous = cite;
        _inCluster++;
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
        _previousEligible = citesInCluster == 1;
        _inCluster = 0;
    }
}
