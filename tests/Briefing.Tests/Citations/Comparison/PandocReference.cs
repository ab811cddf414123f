using Briefing.Testing;

namespace Briefing.Tests.Citations.Comparison;

/// <summary>pandoc --citeproc on the comparison briefing: each footnote's text and each bibliography entry, as HTML.</summary>
internal static class PandocReference
{
    /// <returns>The footnotes in order, and the bibliography's entries by id, in pandoc's order.</returns>
    public static (List<string> Notes, List<KeyValuePair<string, string>> Bibliography) Format(ComparisonBriefing briefing, string style)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-pandoc-");
        try
        {
            var sources = Path.Combine(folder.FullName, "sources.json");
            File.WriteAllText(sources, briefing.Sources);
            var html = PandocCiteproc.Html(PandocFactAttribute.StylePath(style), sources, briefing.PandocMarkdown());
            return (PandocCiteproc.Notes(html), PandocCiteproc.Entries(html));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
