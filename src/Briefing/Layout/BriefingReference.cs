using System.Text;
using System.Text.Json;
using Briefing.Content;

namespace Briefing.Layout;

/// <summary>The original article and this annotated edition as CSL-JSON items, for the site's citation style.</summary>
internal static class BriefingReference
{
    // Joined to a '<' of plain text so that CSL does not read "<b>" in a title as markup; taken out again after.
    private const char WordJoiner = '\u2060';

    public static string Original(Attribution article) => Write(article, article.Publisher, article.Source.Url, genre: null);

    public static string Edition(Attribution article, SiteSettings site, string pageUrl) =>
        Write(article, site.Title, pageUrl,
            "Annotated edition with editor’s notes" + (article.Publisher is { } publisher ? ", originally published by " + publisher : ""));

    /// <summary>The formatted HTML without the marks that kept plain text's "&lt;" from being read as markup.</summary>
    public static string Unmarked(string html) => html.Replace("&#60;" + WordJoiner, "&#60;", StringComparison.Ordinal);

    private static string Write(Attribution article, string? container, string url, string? genre)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", "briefing");
            json.WriteString("type", "webpage");
            json.WriteString("title", Plain(article.Title));
            if (container is not null)
            {
                json.WriteString("container-title", Plain(container));
            }

            if (genre is not null)
            {
                json.WriteString("genre", Plain(genre));
            }

            json.WriteString("URL", url);
            WriteAuthors(json, article.Authors);
            if ((article.Published ?? article.Updated) is { } date)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(date.Year);
                json.WriteNumberValue(date.Month);
                json.WriteNumberValue(date.Day);
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Each byline name as a person, family name last ("Jayshree Bajoria"); a one-word name as it is.</summary>
    private static void WriteAuthors(Utf8JsonWriter json, IReadOnlyList<Author> authors)
    {
        if (authors.Count == 0)
        {
            return;
        }

        json.WriteStartArray("author");
        foreach (var author in authors)
        {
            var name = Plain(author.Name.Trim());
            var space = name.LastIndexOf(' ');
            json.WriteStartObject();
            if (space <= 0)
            {
                json.WriteString("literal", name);
            }
            else
            {
                json.WriteString("family", name[(space + 1)..]);
                json.WriteString("given", name[..space]);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Plain(string text) => text.Replace("<", "<" + WordJoiner, StringComparison.Ordinal);
}
