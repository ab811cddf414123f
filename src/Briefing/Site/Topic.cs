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

    /// <summary>Every topic in name order; topics whose names give the same slug are one topic, named as first seen.</summary>
    public static IReadOnlyList<Topic> Collect(IEnumerable<RenderedBriefing> briefings)
    {
        var bySlug = new SortedDictionary<string, (string Name, List<RenderedBriefing> Briefings)>(StringComparer.Ordinal);
        foreach (var briefing in briefings.OrderBy(b => b.Article.Slug, StringComparer.Ordinal))
        {
            foreach (var name in briefing.Article.Attribution.Topics)
            {
                var slug = SlugOf(name);
                if (!bySlug.TryGetValue(slug, out var topic))
                {
                    topic = (name, []);
                    bySlug[slug] = topic;
                }

                // Briefings come one at a time: a repeat can only be this briefing naming the topic twice.
                if (topic.Briefings.Count == 0 || !ReferenceEquals(topic.Briefings[^1], briefing))
                {
                    topic.Briefings.Add(briefing);
                }
            }
        }

        return [.. bySlug.Select(t => new Topic(t.Value.Name, t.Key, t.Value.Briefings))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal)];
    }
}
