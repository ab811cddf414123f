namespace Briefing.Import;

/// <summary>
/// What the conversion to Markdown could not express: the text was kept and the markup dropped, so the
/// import summary can say where the editor should look.
/// </summary>
internal sealed class DroppedMarkup
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string what) => _counts[what] = _counts.GetValueOrDefault(what) + 1;

    public bool IsEmpty => _counts.Count == 0;

    /// <summary>One line per kind, such as "2 images".</summary>
    public IEnumerable<string> Describe() => _counts.Select(c => $"{c.Key}: {c.Value}");
}
