using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Content;
using Briefing.Rendering;

namespace Briefing.Layout;

/// <summary>
/// The schema.org Article of a briefing page. The default JSON encoder escapes &lt;, &gt; and &amp;,
/// so no content can close the script element it sits in.
/// </summary>
internal static class ArticleJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    // Each source's citation object, by source: sources are records, so by identity, not by value.
    private static readonly ConditionalWeakTable<CslItem, byte[]> CitationsJson = new();

    public static string Write(RenderedBriefing briefing, SiteSettings site, string pageUrl)
    {
        var attribution = briefing.Article.Attribution;
        var buffer = Output.ThreadBytes.Take();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Article");
            json.WriteString("headline", attribution.Title);
            json.WriteString("url", pageUrl);

            json.WritePropertyName("author");
            WriteAuthors(json, attribution);
            json.WritePropertyName("publisher");
            WriteOrganization(json, site.Publisher.Name, site.Publisher.Url ?? site.BaseUrl);

            json.WritePropertyName("isBasedOn");
            json.WriteStartObject();
            json.WriteString("@type", "Article");
            json.WriteString("headline", attribution.Title);
            json.WriteString("url", attribution.Source.Url);
            json.WritePropertyName("author");
            WriteAuthors(json, attribution);
            if (attribution.Publisher is { } originalPublisher)
            {
                json.WritePropertyName("publisher");
                WriteOrganization(json, originalPublisher, null);
            }

            if (attribution.Published is { } published)
            {
                json.WriteString("datePublished", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (attribution.Updated is { } updated)
            {
                json.WriteString("dateModified", updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteEndObject();

            json.WritePropertyName("copyrightHolder");
            WriteOrganization(json, attribution.Copyright.Holder ?? attribution.Publisher ?? site.Publisher.Name, null);
            if (attribution.Copyright.Year is { } year)
            {
                json.WriteNumber("copyrightYear", year);
            }

            json.WriteString("copyrightNotice", attribution.Copyright.Notice);
            json.WriteStartArray("citation");
            foreach (var entry in briefing.Bibliography)
            {
                WriteCitation(json, entry.Item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Output.ThreadBytes.Give(buffer);
        return text;
    }

    private static void WriteAuthors(Utf8JsonWriter json, Attribution attribution)
    {
        json.WriteStartArray();
        foreach (var author in attribution.Authors)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", author.Name);
            if (author.Role is { } role)
            {
                json.WriteString("jobTitle", role);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOrganization(Utf8JsonWriter json, string name, string? url)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        if (url is not null)
        {
            json.WriteString("url", url);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A cited source as a reference to the node its URL names, {"@id": URL}: the page's own
    /// bibliography carries the rest, so the script stays small. A source without an absolute URL
    /// is a CreativeWork with its title.
    /// </summary>
    private static void WriteCitation(Utf8JsonWriter json, CslItem item) =>
        json.WriteRawValue(CitationsJson.GetValue(item, CitationJson), skipInputValidation: true);

    /// <summary>
    /// A source's citation object, written once per source and build: sources are shared by many
    /// briefings, and reading the URL (System.Uri) for each page cost more than the rest of the script.
    /// </summary>
    private static byte[] CitationJson(CslItem item)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (Uri.TryCreate(item.Url?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                json.WriteString("@id", item.Url!.Trim());
            }
            else
            {
                json.WriteString("@type", "CreativeWork");
                json.WriteString("name", item.Title ?? item.Id);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
