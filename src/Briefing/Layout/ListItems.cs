using System.Collections.Concurrent;
using Briefing.Rendering;
using static Briefing.Html.HtmlText;

namespace Briefing.Layout;

/// <summary>Each briefing's entry in the index and topic lists, made once for all lists it is in, linked relative to its page.</summary>
internal sealed class ListItems
{
    /// <summary>The way from a topic page (topics/&lt;slug&gt;/index.html) back to the root.</summary>
    private const string TopicRoot = "../../";

    private readonly Dictionary<RenderedBriefing, (IndexItemModel AtRoot, IndexItemModel InTopics)> _items;

    // One link per topic and root, shared by every item on it: a site has a handful of topics and thousands of items.
    private readonly ConcurrentDictionary<(string, string), TopicLinkModel> _topicLinks = new();

    public ListItems(IReadOnlyList<RenderedBriefing> briefings)
    {
        // Made on every core: the site-wide pages wait for all of them.
        var made = new IndexItemModel[briefings.Count * 2];
        Parallel.For(0, made.Length, i => made[i] = Item(briefings[i / 2], i % 2 == 0 ? "" : TopicRoot));
        _items = new(briefings.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < briefings.Count; i++)
        {
            _items.Add(briefings[i], (made[i * 2], made[(i * 2) + 1]));
        }
    }

    /// <summary>The entries of <paramref name="listed"/>, newest first, for the index or a topic page.</summary>
    public List<IndexItemModel> Of(IEnumerable<RenderedBriefing> listed, bool onTopicPage = false) =>
        [.. listed
            .OrderByDescending(b => b.Article.Attribution.Date)
            .ThenBy(b => b.Article.Slug, StringComparer.Ordinal)
            .Select(b => onTopicPage ? _items[b].InTopics : _items[b].AtRoot)];

    /// <summary>A topic's link from a page whose way back to the root is <paramref name="root"/>.</summary>
    public static TopicLinkModel TopicLink(string topic, string root) =>
        new(Escape(topic), Escape(root + SiteRoot.Page($"topics/{Site.Topic.SlugOf(topic)}/")));

    private IndexItemModel Item(RenderedBriefing b, string root)
    {
        var a = b.Article.Attribution;
        var topics = a.Topics.Select(topic => _topicLinks.GetOrAdd((topic, root), key => TopicLink(key.Item1, key.Item2))).ToList();
        return new IndexItemModel(
            Escape(a.Kicker), Escape(a.Title), Escape(root + BriefingPaths.Page(b.Article.Slug)), Escape(a.Publisher),
            a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", a.Date is { } d ? LayOutPages.FormatDate(d) : "",
            Escape(a.Summary), b.Notes.Length, topics);
    }
}
