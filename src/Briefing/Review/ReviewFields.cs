using System.Globalization;
using Briefing.Content;

namespace Briefing.Review;

/// <summary>
/// The fields a reviewer compares, flattened to text under the names editors write: a briefing's
/// front matter (the copyright terms marked as rights) and a source's CSL variables.
/// </summary>
internal static class ReviewFields
{
    public static IReadOnlyList<(string Name, string? Value, bool Rights)> OfAttribution(Attribution a) =>
    [
        ("title", a.Title, false),
        ("kicker", a.Kicker, false),
        ("authors", Join(a.Authors.Select(x => x.Role is null ? x.Name : $"{x.Name} ({x.Role})")), false),
        ("publisher", a.Publisher, false),
        ("published", Date(a.Published), false),
        ("updated", Date(a.Updated), false),
        ("source.url", a.Source.Url, false),
        ("source.label", a.Source.Label, false),
        ("source.excerpt", a.Source.Excerpt ? "true" : "false", false),
        ("copyright.notice", a.Copyright.HasOwnNotice ? a.Copyright.Notice : null, true),
        ("copyright.permission", a.Copyright.Permission, true),
        ("copyright.holder", a.Copyright.Holder, true),
        ("copyright.year", a.Copyright.Year?.ToString(CultureInfo.InvariantCulture), true),
        ("copyright.license", a.Copyright.License?.Id, true),
        ("summary", a.Summary, false),
    ];

    public static IReadOnlyList<(string Name, string? Value)> OfSource(CslItem s) =>
    [
        ("type", s.Type),
        ("title", s.Title),
        ("title-short", s.TitleShort),
        ("container-title", s.ContainerTitle),
        ("container-title-short", s.ContainerTitleShort),
        ("collection-title", s.CollectionTitle),
        ("author", Join(s.Author.Select(Name))),
        ("editor", Join(s.Editor.Select(Name))),
        ("translator", Join(s.Translator.Select(Name))),
        ("issued", Date(s.Issued)),
        ("accessed", Date(s.Accessed)),
        ("publisher", s.Publisher),
        ("publisher-place", s.PublisherPlace),
        ("authority", s.Authority),
        ("genre", s.Genre),
        ("number", s.Number),
        ("volume", s.Volume),
        ("issue", s.Issue),
        ("page", s.Page),
        ("section", s.Section),
        ("edition", s.Edition),
        ("medium", s.Medium),
        ("URL", s.Url),
        ("DOI", s.Doi),
        ("archive_location", s.ArchiveLocation),
        ("archive-url", s.ArchiveUrl),
        ("note", s.Note),
    ];

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join("; ", values);
        return joined.Length == 0 ? null : joined;
    }

    private static string Name(CslName n) =>
        n.Literal ?? string.Join(", ", new[] { string.Join(' ', new[] { n.NonDroppingParticle, n.Family }.OfType<string>()), n.Given }.OfType<string>());

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Date(CslDate? date) => date is null ? null
        : date.Literal ?? string.Join('-', new[] { date.Year, date.Month, date.Day }.OfType<int>().Select(p => p.ToString("00", CultureInfo.InvariantCulture)));
}
