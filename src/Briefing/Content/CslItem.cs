using System.Collections.Immutable;

namespace Briefing.Content;

/// <summary>
/// One bibliographic source, as CSL-JSON / CSL-YAML describe it: the variables Briefing reads itself,
/// and every CSL variable of the source, as CSL-JSON, for the CSL processor.
/// </summary>
internal sealed record CslItem
{
    public required string Id { get; init; }

    /// <summary>CSL type: book, article-journal, article-newspaper, report, webpage, legislation, treaty, …</summary>
    public required string Type { get; init; }

    public string? Title { get; init; }
    public string? TitleShort { get; init; }
    public string? ContainerTitle { get; init; }
    public string? ContainerTitleShort { get; init; }
    public string? CollectionTitle { get; init; }
    public ImmutableArray<CslName> Author { get; init; } = [];
    public ImmutableArray<CslName> Editor { get; init; } = [];
    public ImmutableArray<CslName> Translator { get; init; } = [];
    public CslDate? Issued { get; init; }
    public CslDate? Accessed { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherPlace { get; init; }
    public string? Authority { get; init; }
    public string? Genre { get; init; }
    public string? Number { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Page { get; init; }
    public string? Section { get; init; }
    public string? Edition { get; init; }
    public string? Medium { get; init; }
    public string? Url { get; init; }
    public string? Doi { get; init; }

    /// <summary>archive_location: where an archived copy is kept; a web address of one is offered when the URL dies.</summary>
    public string? ArchiveLocation { get; init; }

    /// <summary>archive-url: not CSL, but written by some exporters for an archived copy's address; offered as archive_location is.</summary>
    public string? ArchiveUrl { get; init; }
    public string? Note { get; init; }

    /// <summary>Every CSL variable the source holds, as CSL-JSON (its `note` lines not yet read); null for a source built in code.</summary>
    public string? Json { get; init; }
}

/// <summary>A CSL name: either a person (family/given with particles) or a literal (an institution).</summary>
internal sealed record CslName
{
    public string? Family { get; init; }
    public string? Given { get; init; }
    public string? DroppingParticle { get; init; }
    public string? NonDroppingParticle { get; init; }
    public string? Suffix { get; init; }
    public string? Literal { get; init; }
}

/// <summary>A CSL date; Month and Day are optional. Literal holds a date given only as text.</summary>
internal sealed record CslDate(int? Year, int? Month = null, int? Day = null, string? Literal = null);
