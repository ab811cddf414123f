using System.Globalization;
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
            return entries.ToList();
        }
        var keyed = entries.Select((entry, index) => (Entry: entry, Index: index,
            Values: layout.Sort.Select(k => SortValues.Words(k, item(entry), layout, run, bibliography, cite(entry))).ToArray())).ToList();
        keyed.Sort((a, b) =>
        {
            for (var k = 0; k < layout.Sort.Count; k++)
            {
                var order = Compare(a.Values[k], b.Values[k], layout.Sort[k].Descending);
                if (order != 0)
                {
                    return order;
                }
            }
            return a.Index.CompareTo(b.Index);
        });
        return keyed.Select(k => k.Entry).ToList();
    }

    private static int Compare(string[]? a, string[]? b, bool descending)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }
        var order = CompareWords(a, b);
        return descending ? -order : order;
    }


    private static int CompareWords(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = CultureInfo.InvariantCulture.CompareInfo.Compare(a[i], b[i], CompareOptions.IgnoreCase);
            if (order != 0)
            {
                return order;
            }
        }
        return a.Length.CompareTo(b.Length);
    }
}
