using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Content;

namespace Briefing.CitationFormatting;

/// <summary>A loaded source as the CSL processor reads it, converted once per source: its CSL-JSON as read, or, for a source built in code, its fields written back.</summary>
internal static class CslItems
{
    private static readonly ConditionalWeakTable<CslItem, Csl.CslItem> Converted = new();

    public static Csl.CslItem For(CslItem item) => Converted.GetValue(item, Convert);

    private static Csl.CslItem Convert(CslItem item)
    {
        if (item.Json is not null)
        {
            using var read = JsonDocument.Parse(item.Json);
            return Csl.CslItem.FromJson(read.RootElement, item.Id);
        }

        var json = new JsonObject { ["id"] = item.Id, ["type"] = item.Type };
        Add(json, "title", item.Title);
        Add(json, "title-short", item.TitleShort);
        Add(json, "container-title", item.ContainerTitle);
        Add(json, "container-title-short", item.ContainerTitleShort);
        Add(json, "collection-title", item.CollectionTitle);
        Add(json, "publisher", item.Publisher);
        Add(json, "publisher-place", item.PublisherPlace);
        Add(json, "authority", item.Authority);
        Add(json, "genre", item.Genre);
        Add(json, "number", item.Number);
        Add(json, "volume", item.Volume);
        Add(json, "issue", item.Issue);
        Add(json, "page", item.Page);
        Add(json, "section", item.Section);
        Add(json, "edition", item.Edition);
        Add(json, "medium", item.Medium);
        Add(json, "URL", item.Url);
        Add(json, "DOI", item.Doi is null ? null : Loading.CslJson.BareDoi(item.Doi));
        Add(json, "archive_location", item.ArchiveLocation ?? item.ArchiveUrl);
        Add(json, "note", item.Note);
        AddNames(json, "author", item.Author);
        AddNames(json, "editor", item.Editor);
        AddNames(json, "translator", item.Translator);
        AddDate(json, "issued", item.Issued);
        AddDate(json, "accessed", item.Accessed);
        using var document = JsonDocument.Parse(json.ToJsonString());
        return Csl.CslItem.FromJson(document.RootElement, item.Id);
    }

    private static void Add(JsonObject json, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[key] = value;
        }
    }

    private static void AddNames(JsonObject json, string key, System.Collections.Immutable.ImmutableArray<CslName> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return;
        }

        var array = new JsonArray();
        foreach (var name in names)
        {
            var node = new JsonObject();
            Add(node, "family", name.Family);
            Add(node, "given", name.Given);
            Add(node, "dropping-particle", name.DroppingParticle);
            Add(node, "non-dropping-particle", name.NonDroppingParticle);
            Add(node, "suffix", name.Suffix);
            Add(node, "literal", name.Literal);
            array.Add((JsonNode)node);
        }

        json[key] = array;
    }

    private static void AddDate(JsonObject json, string key, CslDate? date)
    {
        if (date is null)
        {
            return;
        }

        if (date.Year is not { } year)
        {
            if (date.Literal is not null)
            {
                json[key] = new JsonObject { ["literal"] = date.Literal };
            }

            return;
        }

        var parts = new JsonArray(year);
        if (date.Month is { } month)
        {
            parts.Add((JsonNode)JsonValue.Create(month));
            if (date.Day is { } day)
            {
                parts.Add((JsonNode)JsonValue.Create(day));
            }
        }

        json[key] = new JsonObject { ["date-parts"] = new JsonArray(parts) };
    }
}
