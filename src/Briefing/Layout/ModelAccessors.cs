using System.Collections.Frozen;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Layout;

/// <summary>
/// The page models' members as templates name them, read without reflection. Scriban's own accessor
/// (TypedObjectAccessor) reads each member through PropertyInfo.GetValue, which the native
/// executable runs as a dynamic invoke: about 1.6% of a 4,000-briefing build. This one offers the
/// same members, in the same order, under the same snake_case names, with the same values
/// (ModelAccessorTests holds each model to Scriban's accessor, and fails for a member or a model
/// left out). A template cannot assign to a member, with this accessor as with Scriban's: the models'
/// properties are init-only or get-only (a test holds the two refusals to the same error).
/// </summary>
internal sealed class ModelAccessor : IObjectAccessor
{
    private readonly Dictionary<string, Func<object, object?>> _members;

    private ModelAccessor(Type type, Dictionary<string, Func<object, object?>> members) => (Type, _members) = (type, members);

    public Type Type { get; }

    public bool HasIndexer => false;

    public Type IndexType => null!;

    public static ModelAccessor For<T>(params (string Name, Func<T, object?> Get)[] members)
        where T : class
    {
        var table = new Dictionary<string, Func<object, object?>>(members.Length, StringComparer.Ordinal);
        foreach (var (name, get) in members)
        {
            table.Add(name, target => get((T)target));
        }

        return new ModelAccessor(typeof(T), table);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        if (_members.TryGetValue(member, out var get))
        {
            value = get(target)!;
            return true;
        }

        value = null!;
        return false;
    }

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object value)
    {
        value = null!;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    /// <summary>The models' properties are init-only or get-only: a template cannot assign to them.</summary>
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;
}

/// <summary>Every model a template sees (PageModels.cs), with its members.</summary>
internal static class ModelAccessors
{
    public static readonly FrozenDictionary<Type, ModelAccessor> ByType = new[]
    {
        ModelAccessor.For<SiteModel>(
            ("title", m => m.Title), ("language", m => m.Language), ("description", m => m.Description), ("base_url", m => m.BaseUrl),
            ("feed_url", m => m.FeedUrl), ("no_index", m => m.NoIndex), ("navigation", m => m.Navigation)),
        ModelAccessor.For<LinkModel>(("title", m => m.Title), ("url", m => m.Url)),
        ModelAccessor.For<PageModel>(
            ("title", m => m.Title), ("social_title", m => m.SocialTitle), ("description", m => m.Description), ("canonical", m => m.Canonical),
            ("url", m => m.Url), ("og_type", m => m.OgType), ("stylesheet", m => m.Stylesheet), ("script", m => m.Script), ("icon", m => m.Icon),
            ("json_ld", m => m.JsonLd), ("annotations", m => m.Annotations), ("content", m => m.Content)),
        ModelAccessor.For<BriefingModel>(
            ("kicker", m => m.Kicker), ("title", m => m.Title), ("byline", m => m.Byline), ("publisher", m => m.Publisher),
            ("date_label", m => m.DateLabel), ("date_iso", m => m.DateIso), ("date_text", m => m.DateText), ("article_html", m => m.ArticleHtml),
            ("excerpt", m => m.Excerpt), ("source_url", m => m.SourceUrl), ("source_label", m => m.SourceLabel), ("notes", m => m.Notes),
            ("sources", m => m.Sources), ("copyright_notice", m => m.CopyrightNotice), ("copyright_permission", m => m.CopyrightPermission),
            ("republished", m => m.Republished), ("license_html", m => m.LicenseHtml),
            ("topics", m => m.Topics), ("cite", m => m.Cite), ("annotations_url", m => m.AnnotationsUrl)),
        ModelAccessor.For<NoteModel>(("number", m => m.Number), ("id", m => m.Id), ("html", m => m.Html)),
        ModelAccessor.For<SourceModel>(("id", m => m.Id), ("html", m => m.Html), ("notes", m => m.Notes), ("note_links", m => m.NoteLinks)),
        ModelAccessor.For<TopicLinkModel>(("name", m => m.Name), ("url", m => m.Url)),
        ModelAccessor.For<CiteModel>(
            ("original_chicago", m => m.OriginalChicago), ("edition_chicago", m => m.EditionChicago), ("original_bibtex", m => m.OriginalBibtex),
            ("edition_bibtex", m => m.EditionBibtex)),
        ModelAccessor.For<IndexItemModel>(
            ("kicker", m => m.Kicker), ("title", m => m.Title), ("url", m => m.Url), ("publisher", m => m.Publisher), ("date_iso", m => m.DateIso),
            ("date_text", m => m.DateText), ("summary", m => m.Summary), ("note_count", m => m.NoteCount), ("topics", m => m.Topics)),
        ModelAccessor.For<TopicModel>(("name", m => m.Name), ("briefings", m => m.Briefings)),
        ModelAccessor.For<ContentPageModel>(("title", m => m.Title), ("description", m => m.Description), ("html", m => m.Html)),
    }.ToFrozenDictionary(accessor => accessor.Type);
}
