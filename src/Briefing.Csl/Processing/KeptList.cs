using System.Collections.Concurrent;

namespace Briefing.Csl.Processing;

/// <summary>
/// Values kept by key for one item, held inside the item's memo: the few keys an item usually has sit side
/// by side in one array, compared in turn; keys past those go to a dictionary. Safe for runs on several
/// threads: entries are added under the lock the memo gives.
/// </summary>
internal struct KeptList<TKey, TValue>
    where TKey : IEquatable<TKey>
{
    private const int Inline = 8;

    private (TKey Key, TValue Value)[] _entries;
    private ConcurrentDictionary<TKey, TValue>? _more;

    public bool TryGet(in TKey key, out TValue value)
    {
        foreach (var entry in Volatile.Read(ref _entries) ?? [])
        {
            if (entry.Key.Equals(key))
            {
                value = entry.Value;
                return true;
            }
        }

        if (_more is { } more && more.TryGetValue(key, out value!))
        {
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>The value kept for the key, made and kept when there is none.</summary>
    public TValue Get(in TKey key, Func<TValue> make, Lock gate)
    {
        if (TryGet(key, out var value))
        {
            return value;
        }

        value = make();
        lock (gate)
        {
            if (TryGet(key, out var kept))
            {
                return kept;
            }

            if ((_entries?.Length ?? 0) < Inline)
            {
                Volatile.Write(ref _entries, [.. _entries ?? [], (key, value)]);
            }
            else
            {
                (_more ??= new()).TryAdd(key, value);
            }
        }

        return value;
    }
}
