using System.Collections.Concurrent;

namespace Briefing.Diagnostics;

/// <summary>Collects diagnostics from every stage and every briefing, so one run reports them all.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    // Asked once per briefing while they are built: kept rather than found by a walk through every diagnostic.
    private volatile bool _hasErrors;

    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            _hasErrors = true;
        }
    }

    public bool HasErrors => _hasErrors;

    /// <summary>Adds what another bag collected: work whose diagnostics were kept apart until it was done.</summary>
    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other._items)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Sorted by file, line and column so that output does not depend on thread timing.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [
            .. _items
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal),
        ];
}
