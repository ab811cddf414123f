using System.Globalization;

namespace Briefing.Csl.Sorting;

/// <summary>
/// An item's value for a sort key as the words it is compared by, each with its collation key (invariant
/// culture, case ignored), made once so that comparing two values compares bytes.
/// </summary>
internal sealed class SortWords
{
    private readonly byte[][] _keys;

    public SortWords(string[] words)
    {
        _keys = new byte[words.Length][];
        for (var i = 0; i < words.Length; i++)
        {
            _keys[i] = CultureInfo.InvariantCulture.CompareInfo.GetSortKey(words[i], CompareOptions.IgnoreCase).KeyData;
        }
    }

    /// <summary>Word by word as the culture compares them; of two values that agree so far, the shorter first.</summary>
    public int CompareTo(SortWords other)
    {
        var count = Math.Min(_keys.Length, other._keys.Length);
        for (var i = 0; i < count; i++)
        {
            var order = _keys[i].AsSpan().SequenceCompareTo(other._keys[i]);
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return _keys.Length.CompareTo(other._keys.Length);
    }
}
