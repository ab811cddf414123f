using System.Collections.Concurrent;
using System.Text;
using Briefing.Content;

namespace Briefing.Citations;

/// <summary>
/// Formatted citations for one build. Briefings share their sources, so a source's bibliography
/// entry and its common citation forms are formatted once per build, not once per page. Safe to use
/// from the parallel briefings; create a new one for each build so edited sources are seen.
/// </summary>
internal sealed class CitationCache
{
    private readonly ConcurrentDictionary<CslItem, (string SortKey, string Html)> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, string> _clusters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CslItem, int> _itemNumbers = new(ReferenceEqualityComparer.Instance);
    private int _lastItemNumber;

    /// <summary>A source's bibliography entry and the key the bibliography is sorted by.</summary>
    public (string SortKey, string Html) BibliographyEntry(CslItem item) =>
        _entries.GetOrAdd(item, static item => (ChicagoStyle.SortKey(item), ChicagoStyle.FormatBibliographyEntry(item)));

    /// <summary>The cluster with a full note at a source's first citation (<see cref="ChicagoStyle.FormatCluster"/>).</summary>
    public string Cluster(IReadOnlyList<CitedItem> cites) =>
        _clusters.GetOrAdd(Key('F', cites), _ => ChicagoStyle.FormatCluster(cites));

    /// <summary>The cluster in short notes, each linking to its source's entry in the page's bibliography.</summary>
    public string ShortCluster(IReadOnlyList<CitedItem> cites) =>
        _clusters.GetOrAdd(Key('S', cites), _ => ChicagoStyle.FormatShortCluster(cites, BibliographyHref));

    /// <summary>The fragment of a source's bibliography entry, id="source-KEY" in the briefing layout.</summary>
    public static string BibliographyHref(CslItem item) => "#source-" + Uri.EscapeDataString(item.Id);

    private string Key(char form, IReadOnlyList<CitedItem> cites)
    {
        // The key names the items by identity: two briefings' own sources may share an id.
        var key = new StringBuilder().Append(form);
        foreach (var cited in cites)
        {
            var number = _itemNumbers.GetOrAdd(cited.Item, _ => Interlocked.Increment(ref _lastItemNumber));
            key.Append(number).Append('\u0001').Append((int)cited.Position).Append('\u0001')
                .Append(cited.Cite.Prefix).Append('\u0001').Append(cited.Cite.Suffix).Append('\u0001')
                .Append(cited.Cite.Locator?.Label).Append('\u0001').Append(cited.Cite.Locator?.Value).Append('\u0002');
        }

        return key.ToString();
    }
}
