namespace Briefing.Csl;

/// <summary>One cited item inside a citation, with its locator and affixes.</summary>
public sealed record CslCite(string Id)
{
    public string? Locator { get; init; }
    public string? Label { get; init; }
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public bool SuppressAuthor { get; init; }
    public bool AuthorOnly { get; init; }
}

/// <summary>A citation: the cites of one place in the text, and the note it sits in for note styles.</summary>
public sealed record CslCitation(IReadOnlyList<CslCite> Cites)
{
    public string? Id { get; init; }
    public int? NoteNumber { get; init; }
}
