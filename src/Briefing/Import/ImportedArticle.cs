namespace Briefing.Import;

/// <summary>What an import found: the attribution the source gives (nothing invented, else null) and the text as Markdown.</summary>
internal sealed record ImportedArticle
{
    public required string Title { get; init; }
    public string? Kicker { get; init; }
    public ImmutableArray<Author> Authors { get; init; } = [];
    public string? Publisher { get; init; }
    public DateOnly? Published { get; init; }
    public DateOnly? Updated { get; init; }
    public string? SourceUrl { get; init; }
    public string? SourceLabel { get; init; }
    public bool Excerpt { get; init; }

    /// <summary>The page's own copyright line, shown to the editor in a comment, never filled in as the notice.</summary>
    public string? CopyrightSeen { get; init; }

    public required string Markdown { get; init; }
    public DroppedMarkup Dropped { get; init; } = new();
}

/// <summary>What the conversion to Markdown could not express, text kept and markup dropped: the summary tells the editor.</summary>
internal sealed class DroppedMarkup
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Add(string what) => _counts[what] = _counts.GetValueOrDefault(what) + 1;

    /// <summary>One line per kind, such as "images left out: 2".</summary>
    public IEnumerable<string> Describe() => _counts.Select(c => $"{c.Key}: {c.Value}");
}
