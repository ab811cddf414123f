namespace Briefing.Csl.Rendering;

/// <summary>What disambiguation decided for an item: more names, fuller given names, a year suffix.</summary>
internal sealed record ItemState
{
    public static readonly ItemState Initial = new();

    public int? EtAlUseFirst { get; init; }

    /// <summary>Per name (by variable and index): 1 shows initials, 2 the full given name.</summary>
    public IReadOnlyDictionary<string, int> GivenNameLevels { get; init; } = new Dictionary<string, int>();

    public string? YearSuffix { get; init; }

    public bool Disambiguate { get; init; }

    public int CitationNumber { get; init; }
}
