using System.Net;
using System.Text.RegularExpressions;
using Briefing.Citations;
using Briefing.Content;

namespace Briefing.Tests.Citations;

/// <summary>Formats clusters written as an editor writes them, "[@pollan, 99-100]", with keys looked up by id.</summary>
internal static partial class Citing
{
    private static readonly Dictionary<string, CslItem> ById = typeof(Sources)
        .GetFields().Concat(typeof(EdgeSources).GetFields())
        .Select(f => (CslItem)f.GetValue(null)!)
        .ToDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The HTML for a cluster; one position per cite, all First when none are given.</summary>
    public static string Markup(string inner, params CitationPosition[] positions) =>
        ChicagoStyle.FormatCluster(Resolve(inner, positions));

    private static List<CitedItem> Resolve(string inner, CitationPosition[] positions)
    {
        Assert.True(CiteSyntax.TryParse(inner, out var cites), $"not a citation: [{inner}]");
        return cites
            .Select((cite, i) => new CitedItem(cite, ById[cite.Key], positions.Length == 0 ? CitationPosition.First : positions[i]))
            .ToList();
    }

    /// <summary>The cluster in short notes throughout, each linked to "#source-KEY", as a briefing page has it.</summary>
    public static string ShortMarkup(string inner, params CitationPosition[] positions) =>
        ChicagoStyle.FormatShortCluster(Resolve(inner, positions), CitationCache.BibliographyHref);

    public static string ShortText(string inner, params CitationPosition[] positions) => Plain(ShortMarkup(inner, positions));

    /// <summary>The cluster as pandoc's plain-text writer shows it: no tags, entities decoded.</summary>
    public static string Text(string inner, params CitationPosition[] positions) => Plain(Markup(inner, positions));

    public static string Bibliography(CslItem item) => Plain(ChicagoStyle.FormatBibliographyEntry(item));

    public static string Plain(string html) => WebUtility.HtmlDecode(Tags().Replace(html, string.Empty));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
