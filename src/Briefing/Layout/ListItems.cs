using System.Collections.Concurrent;
using Briefing.Rendering;
using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>
/// Each briefing's entry in the index and topic lists, made once for all the lists it is in (the
/// index and each of its topics' pages) rather than once per list. Links are relative to the page
/// listing them: the index at the root, topic pages two folders down.
/// </summary>
internal sealed class ListItems
{
    /// <summary>The way from a topic page (topics/&lt;slug&gt;/index.html) back to the root.</summary>
    public const string TopicRoot = "../../";

    private readonly Dictionary<RenderedBriefing, IndexItemModel> _atRoot;
    private readonly Dictionary<RenderedBriefing, IndexItemModel> _inTopics;

    // One link per topic and root, shared by every item on it: a site has a handful of topics and thousands of items.
    private readonly ConcurrentDictionary<(string, string), TopicLinkModel> _topicLinks = new();

    public ListItems(IReadOnlyList<RenderedBriefing> briefings)
    {
        // Made on every core: the site-wide pages wait for all of them.
        var made = new IndexItemModel[briefings.Count * 2];
        Parallel.For(0, made.Length, i => made[i] = Item(briefings[i / 2], i % 2 == 0 ? "" : TopicRoot));
        _atRoot = new(briefings.Count, ReferenceEqualityComparer.Instance);
        _inTopics = new(briefings.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < briefings.Count; i++)
        {
            _atRoot.Add(briefings[i], made[i * 2]);
            _inTopics.Add(briefings[i], made[(i * 2) + 1]);
        }
    }

    /// <summary>The entries of <paramref name="listed"/>, newest first, for a page whose way back to the root is <paramref name="root"/>.</summary>
    public List<IndexItemModel> Of(IEnumerable<RenderedBriefing> listed, string root = "")
    {
        var made = root.Length == 0 ? _atRoot : root == TopicRoot ? _inTopics : null;
        return [.. listed
            .OrderByDescending(b => b.Article.Attribution.Date)
            .ThenBy(b => b.Article.Slug, StringComparer.Ordinal)
            .Select(b => made is not null && made.TryGetValue(b, out var item) ? item : Item(b, root))];
    }

    /// <summary>A topic's link from a page whose way back to the root is <paramref name="root"/>.</summary>
    public static TopicLinkModel TopicLink(string topic, string root) =>
        new(Escape(topic), Escape(root + SiteRoot.Page($"topics/{Site.Topic.SlugOf(topic)}/")));

    private IndexItemModel Item(RenderedBriefing b, string root)
    {
        var a = b.Article.Attribution;
        var topics = new List<TopicLinkModel>(a.Topics.Length);
        foreach (var topic in a.Topics)
        {
            topics.Add(_topicLinks.GetOrAdd((topic, root), key => TopicLink(key.Item1, key.Item2)));
        }

        return new IndexItemModel(
            Escape(a.Kicker), Escape(a.Title), Escape(root + BriefingPaths.Page(b.Article.Slug)), Escape(a.Publisher),
            a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.Date is { } d ? LayOutPages.FormatDate(d) : "",
            Escape(a.Summary), b.Notes.Length, topics);
    }
}
