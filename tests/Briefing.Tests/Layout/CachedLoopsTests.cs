using Briefing.Diagnostics;
using Briefing.Layout;
using Briefing.Tests.Support;
using Scriban;

namespace Briefing.Tests.Layout;

/// <summary>
/// A list page made again takes each entry whose key it finds from the page the last build wrote
/// (<see cref="CachedLoops"/>, <see cref="ListFragments"/>) and prints exactly what the template as
/// written prints; an entry whose bytes were changed in output/ is printed again; a loop whose text
/// could depend on anything but its item is never cached.
/// </summary>
public sealed class CachedLoopsTests : IDisposable
{
    private static readonly string ThemeLayouts = Path.Combine(RepositoryPaths.Theme, "layouts");

    // A shell that prints the content as it is, as the theme's does: the content is put in where it has the marker.
    private static readonly Template Shell = Template.Parse("<!doctype html>\n<main>{{ content }}</main>\n");

    private static readonly SiteModel Site = new("Site &amp; co", "en", "", "https://example.org", "https://example.org/feed.xml", false, []);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("index", 2)] // the briefings and the topics' links
    [InlineData("topic", 1)]
    public void The_themes_list_pages_print_what_they_print_as_written_taking_unchanged_entries(string layout, int loops)
    {
        var text = File.ReadAllText(Path.Combine(ThemeLayouts, layout + ".sbn-html"));
        var cached = Template.Parse(text);
        Assert.Equal(loops, CachedLoops.Prepare(cached, 2));
        var asWritten = Template.Parse(text);
        var items = Items(50);

        // First build: every entry made.
        var first = new FragmentPage(null, null);
        var firstPage = Render(cached, layout, items, first);
        Assert.Equal(Render(asWritten, layout, items, null), firstPage);
        Assert.Equal(50, first.MadeCount);
        Assert.Equal(50, first.Result!.Count);
        var file = Path.Combine(_temp.Path, layout + ".html");
        File.WriteAllBytes(file, firstPage);

        // Nothing changed: every entry taken.
        var same = new FragmentPage(first.Result, file);
        Assert.Equal(firstPage, Render(cached, layout, items, same));
        Assert.Equal(0, same.MadeCount);

        // One entry's count changed, one entry added, one removed: only the two new ones are made.
        var changed = items.Take(49).ToList();
        changed[10] = Item(10, notes: 7);
        changed.Insert(0, Item(99));
        var next = new FragmentPage(first.Result, file);
        Assert.Equal(Render(asWritten, layout, changed, null), Render(cached, layout, changed, next));
        Assert.Equal(2, next.MadeCount);
    }

    [Fact]
    public void An_entry_whose_bytes_were_changed_in_output_is_printed_again()
    {
        var text = File.ReadAllText(Path.Combine(ThemeLayouts, "index.sbn-html"));
        var cached = Template.Parse(text);
        CachedLoops.Prepare(cached, 2);
        var items = Items(5);
        var first = new FragmentPage(null, null);
        var page = Render(cached, "index", items, first);

        // The third entry's title, altered where it is in the page: same length, so only its hash tells.
        var file = Path.Combine(_temp.Path, "index.html");
        var altered = System.Text.Encoding.UTF8.GetString(page).Replace("Title 2<", "TITLE 2<", StringComparison.Ordinal);
        Assert.NotEqual(System.Text.Encoding.UTF8.GetString(page), altered);
        File.WriteAllText(file, altered);

        var next = new FragmentPage(first.Result, file);
        Assert.Equal(page, Render(cached, "index", items, next));
        Assert.Equal(1, next.MadeCount);

        // A page of another length is not the page the store describes: nothing is taken from it.
        File.WriteAllText(file, altered + "\n");
        var other = new FragmentPage(first.Result, file);
        Assert.Equal(page, Render(cached, "index", items, other));
        Assert.Equal(5, other.MadeCount);
    }

    [Theory]
    [InlineData("{{ for item in items }}<li>{{ item.title }}</li>{{ end }}", 1)]
    [InlineData("{{ for item in items }}{{ if item.note_count == 1 }}one{{ else }}{{ item.note_count }}{{ end }}{{ for t in item.topics }}{{ t.name }}{{ end }}{{ end }}", 2)]
    [InlineData("{{ if items.size > 0 }}<ol>{{ for item in items }}<li>{{ item.title }}</li>{{ end }}</ol>{{ end }}", 1)]
    [InlineData("{{ for item in items }}{{ for.index }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ for item in items }}{{ site.title }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ for item in items }}{{ item.title | string.upcase }}{{ end }}", 0)]
    [InlineData("{{ for item in items }}{{ if item.note_count > 2 }}{{ break }}{{ end }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ for item in items limit:2 }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ tablerow item in items }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ x = 1 }}{{ for item in items }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ capture heading }}Briefings{{ end }}{{ for item in items }}{{ item.title }}{{ end }}", 0)]
    [InlineData("{{ for item in items }}{{ item.title }}{{ end }}{{ for other in items }}{{ other.url }}{{ for.last }}{{ end }}", 1)]
    public void Only_a_loop_whose_text_depends_on_its_item_alone_is_cached(string text, int cachedLoops)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors);
        Assert.Equal(cachedLoops, CachedLoops.Prepare(template, 2));

        // Whatever was cached, the text is the template's as written, first and second time.
        var items = Items(4);
        var first = new FragmentPage(null, null);
        var asWritten = RenderPlain(Template.Parse(text), items);
        var page = RenderPlain(template, items, first);
        Assert.Equal(asWritten, page);
        var file = Path.Combine(_temp.Path, "page.html");
        File.WriteAllBytes(file, page);
        Assert.Equal(asWritten, RenderPlain(template, items, new FragmentPage(first.Result, file)));
    }

    [Fact]
    public void The_store_reads_back_what_it_wrote_and_nothing_else()
    {
        var page = new FragmentPage(null, null);
        var bytes = Render(CachedIndex(), "index", Items(20), page);
        var store = ListFragments.Of([KeyValuePair.Create("index.html", page.Result!)]);
        var written = store.ToBytes("key-1");

        var read = ListFragments.Read(written)!;
        Assert.Equal("key-1", read.CacheKey);
        var back = read.PageOf("index.html")!;
        Assert.Equal(bytes.Length, back.PageLength);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => page.Result![i]), Enumerable.Range(0, back.Count).Select(i => back[i]));
        Assert.Equal(written, read.ToBytes("key-1"));

        // Any byte changed, any end cut off, and the store is not read.
        for (var at = 0; at < written.Length; at += 7)
        {
            var damaged = (byte[])written.Clone();
            damaged[at] ^= 0x20;
            Assert.Null(ListFragments.Read(damaged));
        }

        Assert.Null(ListFragments.Read(written[..^1]));
        Assert.Null(ListFragments.Read([]));
    }

    private static Template CachedIndex()
    {
        var template = Template.Parse(File.ReadAllText(Path.Combine(ThemeLayouts, "index.sbn-html")));
        CachedLoops.Prepare(template, 2);
        return template;
    }

    private static byte[] Render(Template template, string layout, List<IndexItemModel> items, FragmentPage? fragments) =>
        layout == "index"
            ? Render(template, fragments, ("site", Site), ("briefings", items), ("topics", new List<TopicLinkModel>()))
            : Render(template, fragments, ("site", Site), ("topic", new TopicModel("China", items)));

    private static byte[] RenderPlain(Template template, List<IndexItemModel> items, FragmentPage? fragments = null) =>
        Render(template, fragments, ("site", Site), ("items", items));

    // The content through the template, then the shell around it, as a page is made.
    private static byte[] Render(Template template, FragmentPage? fragments, params (string Name, object Value)[] values)
    {
        var diagnostics = new DiagnosticBag();
        var content = TemplateRunner.Render(template, diagnostics, fragments, values) ?? "";
        var page = TemplateRunner.RenderUtf8(Shell, diagnostics, content, fragments, ("content", content));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedArray().Select(d => d.Message)));
        return page!;
    }

    private static List<IndexItemModel> Items(int count) => [.. Enumerable.Range(0, count).Select(i => Item(i))];

    private static IndexItemModel Item(int i, int? notes = null) =>
        new(i % 3 == 0 ? "Backgrounder" : "", $"Title {i}", $"/briefings/b{i}/", "Council on Foreign Relations", $"2008-06-{(i % 28) + 1:00}",
            $"June {(i % 28) + 1}, 2008", i % 2 == 0 ? "" : $"Summary of briefing {i} — “quoted” &amp; more.", notes ?? i % 4,
            [new TopicLinkModel("China", "/topics/china/"), new TopicLinkModel($"Topic {i % 5}", $"/topics/topic-{i % 5}/")]);
}
