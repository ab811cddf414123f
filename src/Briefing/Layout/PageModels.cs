namespace Briefing.Layout;

// The models templates see. Every string in them is already HTML-escaped (or is HTML the build made
// safe), so a template can print any field in text or in a quoted attribute without escaping it.
//
// Models that are items of a list a template loops over compare by reference: Scriban's `for` compares
// every item with the one before it (for for.changed), and a record would do so field by field — 1% of
// a rebuild's time went into the index's 4,000 comparisons. Two items of one list are never the same
// briefing, note, source or link, so for.changed reads the same either way.

internal sealed record SiteModel(string Title, string Language, string Description, string BaseUrl, string FeedUrl, bool NoIndex, IReadOnlyList<LinkModel> Navigation);

internal sealed record LinkModel(string Title, string Url)
{
    public bool Equals(LinkModel? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>The page shell: head metadata (absolute URLs), the theme's files and the laid-out content.</summary>
internal sealed record PageModel(
    string Title,
    string SocialTitle,
    string Description,
    string Canonical,
    string Url,
    string OgType,
    string Stylesheet,
    string Script,
    string Icon,
    string JsonLd,
    string Annotations,
    string Content
);

internal sealed record BriefingModel(
    string Kicker,
    string Title,
    string Byline,
    string Publisher,
    string DateLabel,
    string DateIso,
    string DateText,
    string ArticleHtml,
    bool Excerpt,
    string SourceUrl,
    string SourceLabel,
    IReadOnlyList<NoteModel> Notes,
    IReadOnlyList<SourceModel> Sources,
    string CopyrightNotice,
    string CopyrightPermission,
    string Republished,
    string LicenseHtml,
    IReadOnlyList<TopicLinkModel> Topics,
    CiteModel Cite,
    string AnnotationsUrl
);

internal sealed record NoteModel(int Number, string Id, string Html)
{
    public bool Equals(NoteModel? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A bibliography entry. NoteLinks is Notes as HTML, each number linking to its note ("1, 4"): as a
/// nested Scriban loop per source it took about a sixth of the briefing layout's time.
/// </summary>
internal sealed record SourceModel(string Id, string Html, IReadOnlyList<int> Notes, string NoteLinks)
{
    public bool Equals(SourceModel? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

internal sealed record TopicLinkModel(string Name, string Url)
{
    public bool Equals(TopicLinkModel? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>"Cite this briefing": the original article and this annotated edition, in Chicago and BibTeX.</summary>
internal sealed record CiteModel(string OriginalChicago, string EditionChicago, string OriginalBibtex, string EditionBibtex);

/// <summary>
/// A briefing's entry in the index and topic lists. A class, not a record: a copy made by <c>with</c> would
/// keep the key of the item it was copied from.
/// </summary>
internal sealed class IndexItemModel : IFragmentItem
{
    // Made with the item (items are made on every core) and read by the index and the topic pages at
    // once. Not a property, so that templates do not see it.
    private readonly UInt128 _fragmentKey;

    public IndexItemModel(string kicker, string title, string url, string publisher, string dateIso, string dateText, string summary, int noteCount,
        IReadOnlyList<TopicLinkModel> topics)
    {
        Kicker = kicker;
        Title = title;
        Url = url;
        Publisher = publisher;
        DateIso = dateIso;
        DateText = dateText;
        Summary = summary;
        NoteCount = noteCount;
        Topics = topics;
        _fragmentKey = KeyOf(kicker, title, url, publisher, dateIso, dateText, summary, noteCount, topics);
    }

    public string Kicker { get; }

    public string Title { get; }

    public string Url { get; }

    public string Publisher { get; }

    public string DateIso { get; }

    public string DateText { get; }

    public string Summary { get; }

    public int NoteCount { get; }

    public IReadOnlyList<TopicLinkModel> Topics { get; }

    UInt128 IFragmentItem.FragmentKey => _fragmentKey;

    /// <summary>A key that changes with any field of an item (IndexItemKeyTests holds it to every field).</summary>
    private static UInt128 KeyOf(string kicker, string title, string url, string publisher, string dateIso, string dateText, string summary, int noteCount,
        IReadOnlyList<TopicLinkModel> topics)
    {
        var key = Site.PageKey.ForThread().Add(kicker).Add(title).Add(url).Add(publisher).Add(dateIso).Add(dateText).Add(summary).Add(noteCount);
        key.Add(topics.Count);
        foreach (var topic in topics)
        {
            key.Add(topic.Name).Add(topic.Url);
        }

        return key.FinishAsNumber();
    }
}

internal sealed record TopicModel(string Name, IReadOnlyList<IndexItemModel> Briefings);

internal sealed record ContentPageModel(string Title, string Description, string Html);
