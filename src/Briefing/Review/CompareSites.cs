namespace Briefing.Review;

/// <summary>Stage: the editorial change, briefing by briefing: notes, sources, topics, front matter, rights, text.</summary>
internal static class CompareSites
{
    public static SiteDiff Run(ReviewedSite before, ReviewedSite after)
    {
        var briefings = before.Briefings.Keys.Union(after.Briefings.Keys).Order(StringComparer.Ordinal)
            .Select(slug => Compare(slug, before.Briefings.GetValueOrDefault(slug), after.Briefings.GetValueOrDefault(slug), before, after))
            .Where(diff => diff is not
            {
                Status: Changes.Changed, Notes.IsEmpty: true, Sources.IsEmpty: true, Fields.IsEmpty: true,
                TopicsAdded.IsEmpty: true, TopicsRemoved.IsEmpty: true, Text: null,
            });
        var shared = CompareSources.Run(before.SharedSources.Sources, after.SharedSources.Sources, before, after);
        return new SiteDiff(before.Label, after.Label, [.. briefings], shared);
    }

    private static BriefingDiff Compare(string slug, ReviewedBriefing? was, ReviewedBriefing? now, ReviewedSite before, ReviewedSite after)
    {
        var title = now?.Article?.Attribution.Title ?? was?.Article?.Attribution.Title ?? slug;
        if (now is null)
        {
            return new BriefingDiff(slug, title, Changes.Removed, [], [], [], [], [], null);
        }

        var notes = CompareNotes.Run(was, now, before, after);
        var sources = CompareSources.Run(CompareSources.Own(was, before), CompareSources.Own(now, after), before, after);
        var (old, current) = (was?.Article?.Attribution, now.Article?.Attribution);
        var fields = old is null || current is null ? [] : Fields(old, current);
        var (oldTopics, topics) = (old?.Topics ?? [], current?.Topics ?? []);
        return new BriefingDiff(slug, title, was is null ? Changes.Added : Changes.Changed, notes, sources, fields,
            [.. topics.Except(oldTopics, StringComparer.Ordinal)],
            [.. oldTopics.Except(topics, StringComparer.Ordinal)],
            Text(was?.Article, now.Article, before, after));
    }

    private static ImmutableArray<FieldDiff> Fields(Attribution before, Attribution after) =>
        [
            .. OfAttribution(before).Zip(OfAttribution(after))
                .Where(p => p.First.Value != p.Second.Value)
                .Select(p => new FieldDiff(p.First.Name, p.First.Value, p.Second.Value, p.First.Rights)),
        ];

    /// <summary>The text-fidelity diagnostic when the republished text differs, located at its first difference.</summary>
    private static TextDiff? Text(Article? was, Article? now, ReviewedSite before, ReviewedSite after)
    {
        if (was is null || now is null || was.Body == now.Body)
        {
            return null;
        }

        var first = was.Body.AsSpan().CommonPrefixLength(now.Body);
        var at = now.Locate(first);
        var message = $"The republished text changed between {before.Label} and {after.Label}, first at line {at.Line}: "
            + $"“{Excerpt(was.Body, first)}” became “{Excerpt(now.Body, first)}”. The text must stay exactly as the rights holder published it.";
        return new TextDiff(DiagnosticCodes.TextChanged, $"{after.Display(at)}:{at.Column}", message);
    }

    /// <summary>A few words either side of <paramref name="at"/>, on one line.</summary>
    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 20);
        var end = Math.Min(text.Length, at + 40);
        var excerpt = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }

    /// <summary>The front matter fields a reviewer compares, as text under the names editors write; copyright terms are rights.</summary>
    private static IReadOnlyList<(string Name, string? Value, bool Rights)> OfAttribution(Attribution a) =>
    [
        ("title", a.Title, false),
        ("kicker", a.Kicker, false),
        ("authors", string.Join("; ", a.Authors.Select(x => x.Role is null ? x.Name : $"{x.Name} ({x.Role})")) is { Length: > 0 } authors
            ? authors : null, false),
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

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
