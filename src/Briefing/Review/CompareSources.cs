namespace Briefing.Review;

/// <summary>Stage: two sets of sources compared by key: added, changed (which fields) and removed, each with the notes citing it.</summary>
internal static class CompareSources
{
    public static ImmutableArray<SourceDiff> Run(
        IReadOnlyDictionary<string, LocatedSource> before, IReadOnlyDictionary<string, LocatedSource> after, ReviewedSite baseSite, ReviewedSite headSite)
    {
        var changes = ImmutableArray.CreateBuilder<SourceDiff>();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var (had, has) = (before.GetValueOrDefault(key), after.GetValueOrDefault(key));
            // A removed source is located and cited on the base side, the others on the head side.
            var (change, site, at) = has is null ? (Changes.Removed, baseSite, had!.At)
                : had is null ? (Changes.Added, headSite, has.At) : (Changes.Changed, headSite, has.At);
            var fields = had is null || has is null ? [] : ChangedFields(had.Item, has.Item);
            if (change != Changes.Changed || !fields.IsEmpty)
            {
                changes.Add(new SourceDiff(key, change, site.Display(at), fields, CitedBy(site, key)));
            }
        }

        return changes.ToImmutable();
    }

    /// <summary>The sources a briefing has beyond the site's shared ones.</summary>
    public static IReadOnlyDictionary<string, LocatedSource> Own(ReviewedBriefing? briefing, ReviewedSite site) =>
        (briefing?.Sources ?? SourceLibrary.Empty).Sources
            .Where(s => !site.SharedSources.Sources.ContainsKey(s.Key)).ToDictionary(StringComparer.Ordinal);

    /// <summary>The CSL variables whose values differ between the two sides' CSL-JSON.</summary>
    private static ImmutableArray<string> ChangedFields(CslItem before, CslItem after)
    {
        using JsonDocument had = JsonDocument.Parse(before.Json), has = JsonDocument.Parse(after.Json);
        var (old, now) = (Variables(had), Variables(has));
        return [.. old.Keys.Union(now.Keys).Where(name => !(old.TryGetValue(name, out var a) && now.TryGetValue(name, out var b) && JsonElement.DeepEquals(a, b)))];
    }

    private static Dictionary<string, JsonElement> Variables(JsonDocument item) =>
        item.RootElement.EnumerateObject().Where(v => v.Name != "id").GroupBy(v => v.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    /// <summary>The notes (slug#id) that cite <paramref name="key"/> on a side.</summary>
    private static ImmutableArray<string> CitedBy(ReviewedSite site, string key) =>
        [.. site.Briefings.SelectMany(b => b.Value.Notes.Where(n => n.Cites.Contains(key)).Select(n => $"{b.Key}#{n.Annotation.Id}"))];
}
