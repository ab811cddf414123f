using System.Text.Json.Nodes;
using Briefing.Content;

namespace Briefing.Tests.Citations;

/// <summary>Sample sources, in CSL-JSON as the loader keeps them; the same records were given to pandoc to obtain the golden strings.</summary>
internal static class Sources
{
    public static readonly CslItem Pollan = Source("""
        {"id": "pollan", "type": "book", "author": [{"family": "Pollan", "given": "Michael"}],
         "title": "The Omnivore's Dilemma: A Natural History of Four Meals", "title-short": "Omnivore's Dilemma",
         "publisher": "Penguin", "publisher-place": "New York", "issued": {"date-parts": [[2006]]}}
        """);

    public static readonly CslItem Manjoo = Source("""
        {"id": "manjoo", "type": "article-newspaper", "author": [{"family": "Manjoo", "given": "Farhad"}],
         "title": "Snap Makes a Bet on the Cultural Supremacy of the Camera", "container-title": "New York Times",
         "issued": {"date-parts": [[2017, 3, 8]]}, "URL": "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html"}
        """);

    /// <summary>A source made from its CSL-JSON, as it is, whatever its URL: the formatter's own defences are what is tested.</summary>
    public static CslItem Source(string json)
    {
        var item = JsonNode.Parse(json)!.AsObject();
        return new CslItem((string)item["id"]!, (string)item["type"]!, (string?)item["URL"], null, item.ToJsonString());
    }

    /// <summary>The source with one CSL variable set, or removed when <paramref name="value"/> is null.</summary>
    public static CslItem With(this CslItem source, string variable, JsonNode? value)
    {
        var item = JsonNode.Parse(source.Json)!.AsObject();
        if (value is null)
        {
            item.Remove(variable);
        }
        else
        {
            item[variable] = value;
        }

        return Source(item.ToJsonString());
    }
}
