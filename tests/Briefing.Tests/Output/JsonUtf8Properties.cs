using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Site;
using Briefing.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Output;

/// <summary>
/// annotations.jsonld, written by hand (<see cref="JsonUtf8"/>), is byte for byte what Utf8JsonWriter
/// with the relaxed encoder wrote before: every BMP character alone, generated strings of the
/// characters JSON and the encoder treat specially, and whole collections of the seed briefing
/// with such text in their titles and selectors.
/// </summary>
public sealed class JsonUtf8Properties
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
        return BuildSite.BuildBriefing(RepositoryPaths.SeedBriefing, sources, new MarkdownPipelines(), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedArray()));
    });

    [Fact]
    public void Every_BMP_character_alone_is_written_as_Utf8JsonWriter_writes_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = $"a{(char)c}b";
            Assert.Equal(Outcome(() => Reference(text)), Outcome(() => Written(text)));
        }
    }

    [Property(MaxTest = 3000)]
    public Property Any_string_is_written_as_Utf8JsonWriter_writes_it() =>
        Prop.ForAll(Texts.ToArbitrary(), text => Assert.Equal(Outcome(() => Reference(text)), Outcome(() => Written(text))));

    [Property(MaxTest = 300)]
    public Property A_collection_is_what_Utf8JsonWriter_wrote() =>
        Prop.ForAll(Texts.ToArbitrary(), Texts.ArrayOf().ToArbitrary(), Gen.Choose(0, 20).ToArbitrary(), (title, texts, count) =>
        {
            var seed = Seed.Value;
            var anchors = seed.Anchors.Take(count).Select((a, i) => texts.Length == 0 ? a
                : a with { Exact = texts[i % texts.Length], Prefix = texts[(i + 1) % texts.Length], Suffix = texts[(i + 2) % texts.Length] });
            var briefing = seed with
            {
                Article = seed.Article with { Attribution = seed.Article.Attribution with { Title = title } },
                Anchors = [.. anchors],
            };
            const string url = "https://example.org/briefings/x/";
            Assert.Equal(Outcome(() => ReferenceCollection(briefing, url)), Outcome(() => AnnotationCollection.Write(briefing, url)));
        });

    [Fact]
    public void The_seed_briefing_s_collection_is_what_Utf8JsonWriter_wrote()
    {
        var url = "https://annotated-briefings.netlify.app/briefings/china-north-korea-relationship/";
        Assert.Equal(ReferenceCollection(Seed.Value, url), AnnotationCollection.Write(Seed.Value, url));
        Assert.Equal(ReferenceCollection(Seed.Value with { Anchors = [] }, url), AnnotationCollection.Write(Seed.Value with { Anchors = [] }, url));
    }

    private static byte[] Written(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        JsonUtf8.String(buffer, text);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Reference(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Relaxed))
        {
            json.WriteStringValue(text);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // The bytes, or the kind of failure.
    private static string Outcome(Func<byte[]> write)
    {
        try
        {
            return Encoding.UTF8.GetString(write());
        }
        catch (ArgumentException ex)
        {
            return ex.GetType().Name;
        }
    }

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
                json.WriteStartObject("body");
                json.WriteString("type", "TextualBody");
                json.WriteString("value", notes.TryGetValue(anchor.Number, out var note) ? AnnotationCollection.PlainText(note.StandaloneHtml) : anchor.Annotation.Note);
                json.WriteString("format", "text/plain");
                json.WriteEndObject();
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
