using System.Buffers;
using System.Net;
using System.Text.Encodings.Web;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>
/// briefings/&lt;slug&gt;/annotations.jsonld: the editor's notes as a W3C Web Annotation collection, one
/// Annotation per note, targeting the briefing page with the TextQuoteSelector of its passage. Each note
/// has two bodies: its plain text, and its Markdown source with its id in `canonical`, which
/// `briefing import-annotations` reads back.
/// </summary>
internal static class AnnotationCollection
{
    // Laid out as Utf8JsonWriter indents: two spaces a level, '\n' between lines. A file of its own, never
    // inlined into HTML: characters beyond ASCII go as UTF-8, not \uXXXX escapes (quotes, backslashes and
    // control characters are still escaped, as JSON requires).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, NewLine = "\n" };

    /// <summary>The collection, handed to <paramref name="sink"/> (as <paramref name="path"/>).</summary>
    public static void Write(RenderedBriefing briefing, string pageUrl, string path, Output.FileSink sink)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            JsonSerializer.Serialize(json, Collection(briefing, pageUrl), AnnotationJsonContext.Default.CollectionJson);
        }

        sink(path, buffer.WrittenSpan);
    }

    private static CollectionJson Collection(RenderedBriefing briefing, string pageUrl)
    {
        var notes = briefing.Notes.ToDictionary(n => n.Number);
        var collectionUrl = pageUrl + "annotations.jsonld";
        var items = briefing.Anchors.OrderBy(a => a.Number).Select(anchor => new AnnotationJson(
            $"{pageUrl}#note-{anchor.Number}",
            "Annotation",
            "commenting",
            $"{collectionUrl}#{anchor.Annotation.Id}",
            [
                new AnnotationBodyJson("TextualBody", notes.TryGetValue(anchor.Number, out var note) ? PlainText(note.StandaloneHtml) : anchor.Annotation.Note, "text/plain"),
                new AnnotationBodyJson("TextualBody", anchor.Annotation.Note, "text/markdown"),
            ],
            new AnnotationTargetJson(pageUrl, new TextQuoteSelectorJson("TextQuoteSelector", anchor.Exact, anchor.Prefix, anchor.Suffix))));
        return new CollectionJson("http://www.w3.org/ns/anno.jsonld", collectionUrl, "AnnotationCollection",
            $"Editor’s notes on “{briefing.Article.Attribution.Title}”", briefing.Anchors.Length,
            new AnnotationPageJson(collectionUrl + "#page-1", "AnnotationPage", collectionUrl, 0, [.. items]));
    }

    // The ASCII characters char.IsWhiteSpace is true of, but the plain space.
    private static readonly SearchValues<char> AsciiOtherWhiteSpace = SearchValues.Create("\t\n\v\f\r");

    /// <summary>The text a reader sees of a note's HTML (the build made that HTML, so tags never nest oddly).</summary>
    public static string PlainText(string html)
    {
        // Tags out, then entities decoded (when there are any), then every run of white space one
        // space, trimmed.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            var length = 0;
            var rest = html.AsSpan();
            while (true)
            {
                var tag = rest.IndexOf('<');
                var text = tag < 0 ? rest : rest[..tag];
                text.CopyTo(buffer.AsSpan(length));
                length += text.Length;
                var tagEnd = tag < 0 ? -1 : rest[(tag + 1)..].IndexOf('>');
                if (tagEnd < 0)
                {
                    break;
                }

                rest = rest[(tag + 1 + tagEnd + 1)..];
            }

            ReadOnlySpan<char> stripped = buffer.AsSpan(0, length);
            if (stripped.Contains('&'))
            {
                stripped = WebUtility.HtmlDecode(new string(stripped));
            }

            return Collapsed(stripped.Trim());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool HasWhiteSpaceToCollapse(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(AsciiOtherWhiteSpace) >= 0 || text.Contains("  ", StringComparison.Ordinal))
        {
            return true;
        }

        // Beyond ASCII (a note's curly quotes, say), each character is asked: few are there.
        while (text.IndexOfAnyExceptInRange('\0', '\u007F') is var other and >= 0)
        {
            if (char.IsWhiteSpace(text[other]))
            {
                return true;
            }

            text = text[(other + 1)..];
        }

        return false;
    }

    /// <summary>Each run of white space in <paramref name="text"/> (trimmed already) as one space.</summary>
    private static string Collapsed(ReadOnlySpan<char> text)
    {
        if (!HasWhiteSpaceToCollapse(text))
        {
            return new string(text); // the usual note: single spaces only
        }

        var collapsed = new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                collapsed[length++] = ' ';
            }

            space = false;
            collapsed[length++] = c;
        }

        return new string(collapsed, 0, length);
    }
}
