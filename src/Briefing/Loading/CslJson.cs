using System.Buffers;

namespace Briefing.Loading;

/// <summary>A source's mapping as CSL-JSON for the processor: every CSL variable it holds; other keys left out, as pandoc does.</summary>
internal static class CslJson
{
    public static string Write(MappingNode item, string? url)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        foreach (var (key, value) in item.Entries)
        {
            // archive-url, which some exporters write, stands for archive_location when that is missing.
            if (key.Value == "URL" || !CslVocabulary.AllItemKeys.Contains(key.Value) || value is ScalarNode { IsNull: true }
                || (key.Value == "archive-url" && item.Entries.Any(e => e.Key.Value == "archive_location")))
            {
                continue;
            }

            json.WritePropertyName(key.Value == "archive-url" ? "archive_location" : key.Value);
            if (key.Value == "DOI" && value is ScalarNode doi)
            {
                json.WriteStringValue(BareDoi(doi.Value));
                continue;
            }

            WriteValue(json, value, Array.IndexOf(CslVocabulary.NameVariables, key.Value) >= 0);
        }

        if (url is not null)
        {
            json.WriteString("URL", url);
        }

        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A DOI without the resolver or "doi:" it is often exported with: styles add their own.</summary>
    private static string BareDoi(string doi)
    {
        var bare = doi.Trim();
        string[] prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];
        var prefix = prefixes.FirstOrDefault(p => bare.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        return prefix is null ? bare : bare[prefix.Length..].Trim();
    }

    /// <param name="names">A name list, whose plain entries are literal names.</param>
    private static void WriteValue(Utf8JsonWriter json, Node value, bool names)
    {
        switch (value)
        {
            case ScalarNode { IsNull: true }:
                json.WriteNullValue();
                break;
            case ScalarNode scalar when names:
                json.WriteStartObject();
                json.WriteString("literal", scalar.Value.Trim());
                json.WriteEndObject();
                break;
            case ScalarNode scalar:
                json.WriteStringValue(scalar.Value.Trim());
                break;
            case SequenceNode list:
                json.WriteStartArray();
                foreach (var entry in list.Items)
                {
                    WriteValue(json, entry, names);
                }

                json.WriteEndArray();
                break;
            case MappingNode mapping:
                json.WriteStartObject();
                foreach (var (key, entry) in mapping.Entries)
                {
                    json.WritePropertyName(key.Value);
                    WriteValue(json, entry, names: false);
                }

                json.WriteEndObject();
                break;
        }
    }
}
