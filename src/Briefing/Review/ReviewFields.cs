namespace Briefing.Review;

/// <summary>
/// The front matter fields a reviewer compares, flattened to text under the names editors write, the
/// copyright terms marked as rights.
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

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join("; ", values);
        return joined.Length == 0 ? null : joined;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
