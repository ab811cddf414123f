using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Site;
using Briefing.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Site;

/// <summary>
/// annotations.jsonld reads back with JsonDocument as the text it was given: every BMP character
/// alone, generated strings of the characters JSON and the encoder treat specially, and whole
/// collections of the seed briefing with such text in their titles and selectors; laid out as
/// Utf8JsonWriter indents.
/// </summary>
public sealed class AnnotationCollectionProperties
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    private static readonly Gen<string> Texts =
        Gen.Elements("a", "Z", " ", "\"", "\\", "/", "<", ">", "&", "'", "+", "`", "\u0000", "\t", "\n", "\r", "\u001F", "\u007F", "\u0080",
                "\u0085", "\u00A0", "é", "’", "“", "”", "—", "\u0301", "\u0378", "\u2028", "\u2029", "\uE000", "\uFEFF", "\uFFFD", "\uFFFE",
                "\uFFFF", "中", "😀", "\uD800", "\uDC00", "https://example.org/?a=1&b=2")
            .ArrayOf()
            .Select(parts => string.Concat(parts.Take(12)));

    private static readonly Lazy<RenderedBriefing> Seed = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var sources = LoadSources.Run(RepositoryPaths.Input, SourceLibrary.Empty, diagnostics);
        return BuildBriefing.Run(RepositoryPaths.SeedBriefing, sources, new MarkdownPipelines(), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedArray()));
    });

    [Fact]
    public void Every_BMP_character_alone_reads_back_as_itself()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                var title = $"a{(char)c}b";
                Assert.Equal($"Editor’s notes on “{title}”", Label(Collection(title, [], 0)));
            }
        }
    }

    [Property(MaxTest = 3000)]
    public Property Any_title_reads_back_as_itself() =>
        Prop.ForAll(Texts.ToArbitrary(), title =>
        {
            var label = Label(Collection(title, [], 0));
            if (!HasLoneSurrogate(title))
            {
                Assert.Equal($"Editor’s notes on “{title}”", label);
            }
        });

    [Property(MaxTest = 300)]
    public Property A_collection_reads_back_as_its_notes_and_selectors() =>
        Prop.ForAll(Texts.ToArbitrary(), Texts.ArrayOf().ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (title, texts, count) =>
        {
            var (briefing, bytes) = Collection(title, texts, count);
            using var json = JsonDocument.Parse(bytes);
            var items = json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(briefing.Anchors.Length, json.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(briefing.Anchors.Length, items.Count);
            foreach (var (anchor, item) in briefing.Anchors.OrderBy(a => a.Number).Zip(items))
            {
                var selector = item.GetProperty("target").GetProperty("selector");
                if (!new[] { anchor.Exact, anchor.Prefix, anchor.Suffix }.Any(HasLoneSurrogate))
                {
                    Assert.Equal(anchor.Exact, selector.GetProperty("exact").GetString());
                    Assert.Equal(anchor.Prefix, selector.GetProperty("prefix").GetString());
                    Assert.Equal(anchor.Suffix, selector.GetProperty("suffix").GetString());
                }
            }
        });

    [Fact]
    public void The_seed_briefing_s_collection_is_what_Utf8JsonWriter_wrote()
    {
        var url = "https://annotated-briefings.netlify.app/briefings/china-north-korea-relationship/";
        Assert.Equal(ReferenceCollection(Seed.Value, url), Written(Seed.Value, url));
        Assert.Equal(ReferenceCollection(Seed.Value with { Anchors = [] }, url), Written(Seed.Value with { Anchors = [] }, url));
    }

    // The seed briefing with the title given and its first notes' selectors taken from texts, and its collection.
    private static (RenderedBriefing Briefing, byte[] Bytes) Collection(string title, string[] texts, int count)
    {
        var seed = Seed.Value;
        var anchors = seed.Anchors.Take(count).Select((a, i) => texts.Length == 0 ? a
            : a with { Exact = texts[i % texts.Length], Prefix = texts[(i + 1) % texts.Length], Suffix = texts[(i + 2) % texts.Length] });
        var briefing = seed with
        {
            Article = seed.Article with { Attribution = seed.Article.Attribution with { Title = title } },
            Anchors = [.. anchors],
        };
        return (briefing, Written(briefing, "https://example.org/briefings/x/"));
    }

    // The collection as the build hands it to the output.
    private static byte[] Written(RenderedBriefing briefing, string pageUrl)
    {
        byte[] bytes = [];
        var baseUrl = pageUrl[..pageUrl.IndexOf("/briefings/", StringComparison.Ordinal)];
        var site = new SiteSettings("Site", baseUrl, "en", null, new Publisher("P", null));
        AnnotationCollection.Write(briefing, site, (_, json) => bytes = json.ToArray());
        return bytes;
    }

    private static string? Label((RenderedBriefing, byte[] Bytes) collection)
    {
        using var json = JsonDocument.Parse(collection.Bytes);
        return json.RootElement.GetProperty("label").GetString();
    }

    private static bool HasLoneSurrogate(string text) =>
        text.Select((c, i) => (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))).Any(b => b);

    /// <summary>AnnotationCollection as it was written with Utf8JsonWriter, kept as the reference.</summary>
    private static byte[] ReferenceCollection(RenderedBriefing briefing, string pageUrl)
    {
        var notes = briefing.Notes.ToDictionary(n => n.Number);
        var collectionUrl = pageUrl + "annotations.jsonld";
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Relaxed))
        {
            json.WriteStartObject();
            json.WriteString("@context", "http://www.w3.org/ns/anno.jsonld");
            json.WriteString("id", collectionUrl);
            json.WriteString("type", "AnnotationCollection");
            json.WriteString("label", $"Editor’s notes on “{briefing.Article.Attribution.Title}”");
            json.WriteNumber("total", briefing.Anchors.Length);
            json.WriteStartObject("first");
            json.WriteString("id", collectionUrl + "#page-1");
            json.WriteString("type", "AnnotationPage");
            json.WriteString("partOf", collectionUrl);
            json.WriteNumber("startIndex", 0);
            json.WriteStartArray("items");
            foreach (var anchor in briefing.Anchors.OrderBy(a => a.Number))
            {
                json.WriteStartObject();
                json.WriteString("id", $"{pageUrl}#note-{anchor.Number}");
                json.WriteString("type", "Annotation");
                json.WriteString("motivation", "commenting");
                json.WriteString("canonical", $"{collectionUrl}#{anchor.Annotation.Id}");
                json.WriteStartArray("body");
                json.WriteStartObject();
                json.WriteString("type", "TextualBody");
                json.WriteString("value", notes.TryGetValue(anchor.Number, out var note) ? AnnotationCollection.PlainText(note.StandaloneHtml) : anchor.Annotation.Note);
                json.WriteString("format", "text/plain");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "TextualBody");
                json.WriteString("value", anchor.Annotation.Note);
                json.WriteString("format", "text/markdown");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("target");
                json.WriteString("source", pageUrl);
                json.WriteStartObject("selector");
                json.WriteString("type", "TextQuoteSelector");
                json.WriteString("exact", anchor.Exact);
                json.WriteString("prefix", anchor.Prefix);
                json.WriteString("suffix", anchor.Suffix);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
