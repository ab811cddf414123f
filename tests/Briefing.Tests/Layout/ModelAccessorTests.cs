using Briefing.Layout;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Tests.Layout;

/// <summary>
/// The page models' accessors offer what Scriban's reflection accessor offers: the same members in
/// the same order, under the same names, with the same values; and every model has one.
/// </summary>
public sealed class ModelAccessorTests
{
    private static readonly LinkModel Link = new("Link title", "/link/");
    private static readonly TopicLinkModel TopicLink = new("Topic", "/topics/topic/");
    private static readonly IndexItemModel Item = new("Kicker", "Item title", "/briefings/item/", "Publisher", "2008-06-26", "June 26, 2008",
        "Summary", 7, [TopicLink]);

    public static TheoryData<object> Models =>
    [
        new SiteModel("Site", "en", "About", "https://example.org/", "https://example.org/feed.xml", true, [Link]),
        Link,
        new PageModel("Title", "Social", "Description", "https://example.org/a/", "/a/", "article", "/s.css", "/s.js", "/i.svg", "{}", "/a.jsonld", "<p>Content</p>"),
        new BriefingModel("Kicker", "Title", "By Someone", "Publisher", "Published", "2008-06-26", "June 26, 2008", "<p>Article</p>", true,
            "https://example.org/original", "example.org", [new NoteModel(1, "note-1", "<p>Note</p>")], [new SourceModel("s", "<i>S</i>", [1, 2], "1, 2")],
            "© Holder", "With permission", "Republished with permission", "Licensed", [TopicLink], new CiteModel("a", "b", "c", "d"), "/a/annotations.jsonld"),
        new NoteModel(3, "note-3", "<p>Third</p>"),
        new SourceModel("source", "<i>Source</i>", [4], "4"),
        TopicLink,
        new CiteModel("Original, Chicago", "Edition, Chicago", "@article{original}", "@misc{edition}"),
        Item,
        new TopicModel("Topic", [Item]),
        new ContentPageModel("About", "About the site", "<p>About</p>"),
    ];

    [Theory]
    [MemberData(nameof(Models))]
    public void A_model_reads_as_through_scribans_own_accessor(object model)
    {
        var context = new TemplateContext();
        var scriban = context.GetMemberAccessor(model);
        Assert.IsNotType<ModelAccessor>(scriban);
        var ours = ModelAccessors.ByType[model.GetType()];
        var span = new SourceSpan();

        Assert.Equal(scriban.GetMembers(context, span, model), ours.GetMembers(context, span, model));
        Assert.Equal(scriban.GetMemberCount(context, span, model), ours.GetMemberCount(context, span, model));
        foreach (var member in scriban.GetMembers(context, span, model))
        {
            Assert.True(scriban.TryGetValue(context, span, model, member, out var expected));
            Assert.True(ours.TryGetValue(context, span, model, member, out var actual));
            Assert.True(ours.HasMember(context, span, model, member));
            Assert.Equal(expected, actual);
        }

        Assert.False(ours.HasMember(context, span, model, "no_such_member"));
        Assert.False(ours.TryGetValue(context, span, model, "no_such_member", out _));
        Assert.Equal(scriban.HasIndexer, ours.HasIndexer);
    }

    [Fact]
    public void Every_model_has_an_accessor_and_every_sample_is_tested()
    {
        var models = typeof(PageModel).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageModel).Namespace && t.Name.EndsWith("Model", StringComparison.Ordinal) && !t.IsNested)
            .ToHashSet();
        Assert.Equal(models.OrderBy(t => t.Name), ModelAccessors.ByType.Keys.OrderBy(t => t.Name));
        Assert.Equal(models.OrderBy(t => t.Name), Models.Cast<object[]>().Select(row => row[0].GetType()).OrderBy(t => t.Name));
    }

    [Fact]
    public void Templates_print_the_models_members_as_before()
    {
        var template = Template.Parse("{{ note.number }} {{ note.id }} {{ note.html }} {{ for s in sources }}{{ s.note_links }}|{{ end }}"
            + "{{ item.note_count }} {{ for t in item.topics }}{{ t.name }}{{ end }} {{ site.no_index }}");
        var globals = new ScriptObject
        {
            ["note"] = new NoteModel(3, "note-3", "<p>Third</p>"),
            ["sources"] = new[] { new SourceModel("a", "A", [1], "1"), new SourceModel("b", "B", [2, 3], "2, 3") },
            ["item"] = Item,
            ["site"] = new SiteModel("Site", "en", "About", "https://example.org/", "https://example.org/feed.xml", false, []),
        };

        string Render(TemplateContext context)
        {
            context.PushGlobal(globals);
            return template.Render(context);
        }

        var expected = Render(new TemplateContext());
        Assert.Equal("3 note-3 <p>Third</p> 1|2, 3|7 Topic false", expected);
        Assert.Equal(expected, Render(new TemplateRunner.SharedAccessorContext(new ScriptObject())));
    }

    [Fact]
    public void An_assignment_to_a_member_is_refused_as_scriban_refuses_it()
    {
        var template = Template.Parse("{{ note.html = \"<p>Changed</p>\" }}{{ note.html }}");
        string Render(TemplateContext context)
        {
            context.PushGlobal(new ScriptObject { ["note"] = new NoteModel(3, "note-3", "<p>Third</p>") });
            return template.Render(context);
        }

        // The models' properties are init-only: Scriban refuses the assignment, with either accessor.
        var expected = Assert.IsType<Scriban.Syntax.ScriptRuntimeException>(Record.Exception(() => Render(new TemplateContext())));
        var actual = Assert.IsType<Scriban.Syntax.ScriptRuntimeException>(Record.Exception(() => Render(new TemplateRunner.SharedAccessorContext(new ScriptObject()))));
        Assert.Equal(expected.Message, actual.Message);
    }
}
