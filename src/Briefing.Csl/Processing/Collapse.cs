using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>Collapsing of cites: citation-number ranges, and same-author cites grouped by year or year suffix.</summary>
internal static class Collapse
{
    public static Inline Numbers(List<RenderedCite> cites, Layout layout, Run run)
    {
        var delimiter = layout.Format.Delimiter ?? "";
        var afterCollapse = layout.Option("after-collapse-delimiter", delimiter);
        var pieces = new List<Inline>();
        string? pending = null;
        var i = 0;
        while (i < cites.Count)
        {
            var j = i;
            while (j + 1 < cites.Count && Plain(cites[j + 1]) && Plain(cites[j])
                && run.State(cites[j + 1].Item.Id).CitationNumber == run.State(cites[j].Item.Id).CitationNumber + 1)
            {
                j++;
            }
            if (pending is not null)
            {
                pieces.Add(RichText.Parse(pending, run.Locale.Quotes));
            }
            if (j - i >= 2)
            {
                pieces.Add(Inline.Concat(CitationFormatter.Affixed(cites[i], run), Inline.Str("\u2013"), CitationFormatter.Affixed(cites[j], run)));
                pending = afterCollapse;
                i = j + 1;
                continue;
            }
            pieces.Add(CitationFormatter.Affixed(cites[i], run));
            pending = delimiter;
            i++;
        }
        return Inline.Concat(Punctuation.Fix(pieces));
    }

    private static bool Plain(RenderedCite cite) => cite.Cite.Prefix is null && cite.Cite.Suffix is null && cite.Context.Locator is null;

    public static Inline Years(List<RenderedCite> cites, Layout layout, string collapse, Run run)
    {
        var delimiter = layout.Format.Delimiter ?? "";
        var groupDelimiter = layout.Option("cite-group-delimiter", ", ");
        var afterCollapse = layout.Option("after-collapse-delimiter", delimiter);
        var pieces = new List<Inline>();
        string? pending = null;
        foreach (var group in cites.GroupBy(c => c.NamesText(run)))
        {
            var members = group.ToList();
            if (pending is not null)
            {
                pieces.Add(RichText.Parse(pending, run.Locale.Quotes));
            }
            if (members.Count == 1 || group.Key.Length == 0)
            {
                pieces.Add(Renderer.Join(members.Select(m => CitationFormatter.Affixed(m, run)), delimiter, run.Locale));
                pending = delimiter;
                continue;
            }
            pieces.Add(YearGroup(members, collapse, groupDelimiter, run));
            pending = afterCollapse;
        }
        return Inline.Concat(Punctuation.Fix(pieces));
    }

    private static Inline YearGroup(List<RenderedCite> members, string collapse, string groupDelimiter, Run run)
    {
        var parts = new List<Inline> { CitationFormatter.Affixed(members[0], run) };
        var previousYear = YearText(members[0], run);
        var suffixRun = new List<Node>();
        for (var k = 1; k < members.Count; k++)
        {
            var member = members[k];
            var year = YearText(member, run);
            var suffix = member.Node.Find(TagKind.YearSuffix).FirstOrDefault();
            var sameYear = collapse != "year" && year == previousYear && suffix is not null && Plain(member)
                && members[k - 1].Node.Find(TagKind.YearSuffix).Any() && Plain(members[k - 1]);
            if (sameYear && collapse == "year-suffix-ranged")
            {
                suffixRun.Add(suffix!);
                if (k + 1 < members.Count && IsNextLetter(suffix!, members[k + 1], run) && YearText(members[k + 1], run) == year)
                {
                    continue;
                }
                FlushRange(parts, suffixRun, groupDelimiter, run);
                continue;
            }
            FlushRange(parts, suffixRun, groupDelimiter, run);
            parts.Add(Inline.Str(groupDelimiter));
            parts.Add(sameYear ? CitationFormatter.Affixed(member, run, suffix)
                : CitationFormatter.Affixed(member, run, NodeEdit.ReplaceFirst(member.Node, TagKind.Names, null)));
            previousYear = year;
        }
        FlushRange(parts, suffixRun, groupDelimiter, run);
        return Inline.Concat(Punctuation.Fix(parts));
    }

    private static bool IsNextLetter(Node suffix, RenderedCite next, Run run) =>
        next.Node.Find(TagKind.YearSuffix).FirstOrDefault() is { } nextSuffix && Plain(next)
        && run.Text(nextSuffix) is [var b] && run.Text(suffix) is [var a] && b == a + 1;

    private static void FlushRange(List<Inline> parts, List<Node> suffixRun, string groupDelimiter, Run run)
    {
        if (suffixRun.Count == 0)
        {
            return;
        }
        if (suffixRun.Count == 1)
        {
            parts.Add(Inline.Str(groupDelimiter));
            parts.Add(run.Render(suffixRun[0]));
        }
        else
        {
            parts.Add(Inline.Str("\u2013"));
            parts.Add(run.Render(suffixRun[^1]));
        }
        suffixRun.Clear();
    }

    private static string YearText(RenderedCite cite, Run run)
    {
        var date = cite.Node.Find(TagKind.Date).FirstOrDefault();
        return date is null ? "" : run.Text(NodeEdit.ReplaceFirst(date, TagKind.YearSuffix, null));
    }
}
