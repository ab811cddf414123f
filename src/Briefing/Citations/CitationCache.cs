using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<ClusterKey, string> _clusters = new();

    /// <summary>A source's bibliography entry and the key the bibliography is sorted by.</summary>
    public (string SortKey, string Html) BibliographyEntry(CslItem item) =>
        _entries.GetOrAdd(item, static item => (ChicagoStyle.SortKey(item), ChicagoStyle.FormatBibliographyEntry(item)));

    /// <summary>The cluster with a full note at a source's first citation (<see cref="ChicagoStyle.FormatCluster"/>).</summary>
    public string Cluster(IReadOnlyList<CitedItem> cites) =>
        _clusters.GetOrAdd(new ClusterKey('F', cites), _ => ChicagoStyle.FormatCluster(cites));

    /// <summary>The cluster in short notes, each linking to its source's entry in the page's bibliography.</summary>
    public string ShortCluster(IReadOnlyList<CitedItem> cites) =>
        _clusters.GetOrAdd(new ClusterKey('S', cites), _ => ChicagoStyle.FormatShortCluster(cites, BibliographyHref));

    /// <summary>The fragment of a source's bibliography entry, id="source-KEY" in the briefing layout.</summary>
    public static string BibliographyHref(CslItem item) => "#source-" + Uri.EscapeDataString(item.Id);

    /// <summary>
    /// A cluster as its formatting depends on it: the form, and for each cite its source (by identity:
    /// two briefings' own sources may share an id), position, prefix, suffix and locator.
    /// </summary>
    private sealed class ClusterKey : IEquatable<ClusterKey>
    {
        private readonly char _form;
        private readonly IReadOnlyList<CitedItem> _cites;
        private readonly int _hash;

        public ClusterKey(char form, IReadOnlyList<CitedItem> cites)
        {
            (_form, _cites) = (form, cites);
            var hash = new HashCode();
            hash.Add(form);
            foreach (var cited in cites)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(cited.Item));
                hash.Add(cited.Position);
                hash.Add(cited.Cite.Prefix, StringComparer.Ordinal);
                hash.Add(cited.Cite.Suffix, StringComparer.Ordinal);
                hash.Add(cited.Cite.Locator?.Label, StringComparer.Ordinal);
                hash.Add(cited.Cite.Locator?.Value, StringComparer.Ordinal);
            }

            _hash = hash.ToHashCode();
        }

        public bool Equals(ClusterKey? other)
        {
            if (other is null || other._form != _form || other._cites.Count != _cites.Count)
            {
                return false;
            }

            for (var i = 0; i < _cites.Count; i++)
            {
                var (a, b) = (_cites[i], other._cites[i]);
                if (!ReferenceEquals(a.Item, b.Item) || a.Position != b.Position
                    || !string.Equals(a.Cite.Prefix, b.Cite.Prefix, StringComparison.Ordinal)
                    || !string.Equals(a.Cite.Suffix, b.Cite.Suffix, StringComparison.Ordinal)
                    || !string.Equals(a.Cite.Locator?.Label, b.Cite.Locator?.Label, StringComparison.Ordinal)
                    || !string.Equals(a.Cite.Locator?.Value, b.Cite.Locator?.Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is ClusterKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
