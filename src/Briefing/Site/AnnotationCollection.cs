using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>
/// briefings/&lt;slug&gt;/annotations.jsonld: the editor's notes as a W3C Web Annotation collection, one
/// Annotation per note, targeting the briefing page with the TextQuoteSelector of its passage.
/// </summary>
internal static class AnnotationCollection
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = true };

    public static byte[] Write(RenderedBriefing briefing, string pageUrl)
    {
        var notes = briefing.Notes.ToDictionary(n => n.Number);
        var collectionUrl = pageUrl + "annotations.jsonld";
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
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
                json.WriteString("value", notes.TryGetValue(anchor.Number, out var note) ? PlainText(note.StandaloneHtml) : anchor.Annotation.Note);
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

        return stream.ToArray();
    }

    /// <summary>The text a reader sees of a note's HTML (the build made that HTML, so tags never nest oddly).</summary>
    public static string PlainText(string html)
    {
        // Tags out, then entities decoded (when there are any), then every run of white space one
        // space, trimmed: one pass each over a buffer, no regex.
        var stripped = new char[html.Length];
        var length = 0;
        var inTag = false;
        foreach (var c in html)
        {
            if (inTag)
            {
                inTag = c != '>';
            }
            else if (c == '<')
            {
                inTag = true;
            }
            else
            {
                stripped[length++] = c;
            }
        }

        ReadOnlySpan<char> text = stripped.AsSpan(0, length);
        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(new string(text));
        }

        var collapsed = new char[text.Length];
        length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && length > 0)
            {
                collapsed[length++] = ' ';
            }

            space = false;
            collapsed[length++] = c;
        }

        return new string(collapsed, 0, length);
    }
}
