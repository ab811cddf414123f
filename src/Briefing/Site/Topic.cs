using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>A topic from the briefings' front matter (`topics:`) and the briefings filed under it.</summary>
internal sealed record Topic(string Name, string Slug, IReadOnlyList<RenderedBriefing> Briefings)
{
    public string Path => $"topics/{Slug}/";

    // Names repeat across briefings (thousands of briefings, a few dozen topics): each is made into a slug once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Slugs = new(StringComparer.Ordinal);

    /// <summary>"North Korea" → "north-korea"; letters lose their accents, anything else becomes one hyphen.</summary>
    public static string SlugOf(string name) => Slugs.GetOrAdd(name, MakeSlug);

    private static string MakeSlug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 0 ? slug : "topic-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(name))[..Math.Min(16, name.Length * 2)];
    }

    // A briefing that names a topic twice is filed under it once.
    private static readonly IEqualityComparer<RenderedBriefing> Identity = ReferenceEqualityComparer.Instance;

    /// <summary>Every topic in name order; topics whose names give the same slug are one topic, named as first seen.</summary>
    public static IReadOnlyList<Topic> Collect(IEnumerable<RenderedBriefing> briefings) =>
        [.. briefings.OrderBy(b => b.Article.Slug, StringComparer.Ordinal)
            .SelectMany(briefing => briefing.Article.Attribution.Topics.Select(name => (Name: name, Briefing: briefing)))
            .GroupBy(filed => SlugOf(filed.Name), StringComparer.Ordinal)
            .Select(filed => new Topic(filed.First().Name, filed.Key, [.. filed.Select(f => f.Briefing).Distinct(Identity)]))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)];
}
