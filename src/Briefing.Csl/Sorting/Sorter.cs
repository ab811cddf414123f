using Briefing.Csl.Processing;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Sorting;

/// <summary>Orders items by a layout's sort keys; items without a value for a key go last, ties keep their order.</summary>
internal static class Sorter
{
    public static List<T> Sort<T>(IReadOnlyList<T> entries, Func<T, CslItem> item, Func<T, CiteContext> cite, Layout layout, Run run, bool bibliography)
    {
        if (layout.Sort.Count == 0 || entries.Count < 2)
        {
            return [.. entries];
        }

        var keyed = new (T Entry, int Index, SortWords?[] Values)[entries.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (entries[i], i, run.SortValues(item(entries[i]), layout, cite(entries[i]), bibliography));
        }

        // Each key's direction read once, not through the layout at every comparison.
        var descending = new bool[layout.Sort.Count];
        for (var k = 0; k < descending.Length; k++)
        {
            descending[k] = layout.Sort[k].Descending;
        }

        Array.Sort(keyed, (a, b) =>
        {
            for (var k = 0; k < descending.Length; k++)
            {
                var order = Compare(a.Values[k], b.Values[k], descending[k]);
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Index.CompareTo(b.Index);
        });
        var sorted = new List<T>(keyed.Length);
        foreach (var (entry, _, _) in keyed)
        {
            sorted.Add(entry);
        }

        return sorted;
    }

    private static int Compare(SortWords? a, SortWords? b, bool descending)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        var order = a.CompareTo(b);
        return descending ? -order : order;
    }
}
