using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Processing;

/// <summary>Grouping and collapsing of cites: citation-number ranges, same-author cites by year or year suffix.</summary>
internal static class Collapse
{
    private static GroupNode Delimited(string? delimiter, IReadOnlyList<Node> children) => new(Formatting.None with { Delimiter = delimiter }, [.. children]);

    private static GroupNode Suffixed(string? suffix, Node child) => new(Formatting.None with { Suffix = suffix }, [child]);

    public static Node Numbers(List<RenderedCite> cites, Layout layout, Run run)
    {
        var delimiter = layout.Format.Delimiter;
        var afterCollapse = layout.Options.GetValueOrDefault("after-collapse-delimiter") ?? delimiter;
        var pieces = new List<Node>();
        var i = 0;
        while (i < cites.Count)
        {
            var j = i;
            while (j + 1 < cites.Count && Plain(cites[j + 1]) && Plain(cites[j])
                && run.State(cites[j + 1].Item.Id).CitationNumber == run.State(cites[j].Item.Id).CitationNumber + 1)
            {
                j++;
            }
            var last = j + 1 >= cites.Count;
            var members = cites.Skip(i).Take(j - i + 1).Select(c => c.Affixed()).ToList();
            pieces.Add(members.Count >= 3
                ? Suffixed(last ? null : afterCollapse, Delimited("\u2013", [members[0], members[^1]]))
                : Suffixed(last ? null : delimiter, Delimited(delimiter, members)));
            i = j + 1;
        }
        return new GroupNode(Formatting.None, [.. pieces]);
    }

    private static bool Plain(RenderedCite cite) => cite.Cite.Prefix is null && cite.Cite.Suffix is null && cite.Context.Locator is null;

    /// <summary>Cites grouped by author; with year collapsing, later cites of a group lose the author.</summary>
    public static Node Years(List<RenderedCite> cites, Layout layout, string? collapse, Run run)
    {
        var delimiter = layout.Format.Delimiter;
        var groupDelimiter = layout.Option("cite-group-delimiter", ", ");
        var groups = Group(cites, run);
        if (collapse is null)
        {
            return Delimited(delimiter, groups.Select(g => (Node)Delimited(groupDelimiter, g.Select(c => c.Affixed()).ToList())).ToList());
        }
        var afterCollapse = layout.Options.GetValueOrDefault("after-collapse-delimiter") ?? delimiter;
        var yearSuffixDelimiter = layout.Options.GetValueOrDefault("year-suffix-delimiter")
            ?? layout.Options.GetValueOrDefault("cite-group-delimiter") ?? delimiter;
        var pieces = new List<Node>();
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var nodes = group.Select((c, k) => k == 0 ? c.Affixed() : c.Affixed(NodeEdit.RemoveAll(c.Node, TagKind.Names))).ToList();
            var merged = (collapse == "year" ? nodes : YearSuffixes(group, nodes, collapse == "year-suffix-ranged", yearSuffixDelimiter))
                .Where(n => !run.Render(n).IsEmpty).ToList();
            var noCollapse = group.Count == 1 || group.Skip(1).All(c => c.Node.Find(TagKind.Names).Count == 0);
            var anyLocator = group.Any(c => c.Context.Locator is not null);
            var inner = noCollapse || (merged.Count == nodes.Count && !(collapse == "year" && anyLocator)) ? groupDelimiter : afterCollapse;
            var members = merged.Select((m, k) => k < merged.Count - 1 ? Suffixed(inner, m) : m).ToList();
            var suffix = g == groups.Count - 1 ? null : noCollapse && collapse != "year" ? delimiter : afterCollapse;
            pieces.Add(Suffixed(suffix, new GroupNode(Formatting.None, [.. members])));
        }
        return new GroupNode(Formatting.None, [.. pieces]);
    }

    /// <summary>Same-author groups in order of first appearance, never moving a cite across a prefix or suffix.</summary>
    private static List<List<RenderedCite>> Group(List<RenderedCite> cites, Run run)
    {
        var groups = new List<List<RenderedCite>>();
        var queue = cites.ToList();
        while (queue.Count > 0)
        {
            var first = queue[0];
            queue.RemoveAt(0);
            if (first.Cite.Suffix is not null)
            {
                groups.Add([first]);
                continue;
            }
            var span = queue.TakeWhile(c => c.Cite.Prefix is null && c.Cite.Suffix is null).ToList();
            var key = AuthorKey(first, run);
            var same = key is null ? [] : span.Where(c => AuthorKey(c, run) == key).ToList();
            groups.Add([first, .. same]);
            queue = [.. span.Where(c => !same.Contains(c)), .. queue.Skip(span.Count)];
        }
        return groups;
    }

    private static string? AuthorKey(RenderedCite cite, Run run)
    {
        if (cite.Node.Find(TagKind.Names).FirstOrDefault() is { } names)
        {
            return run.Text(names);
        }
        return cite.Node.Find(TagKind.Date).Count > 0 ? "\u0002" : null;
    }

    private static List<Node> YearSuffixes(List<RenderedCite> group, List<Node> nodes, bool ranged, string? delimiter)
    {
        var items = new List<Node>();
        var current = new List<Node>();
        string? currentYears = null;
        for (var k = 0; k < group.Count; k++)
        {
            var years = string.Join(";", group[k].Node.Find(TagKind.Date).Select(d => d.Key));
            if (current.Count > 0 && years == currentYears)
            {
                current.AddRange(group[k].Node.Find(TagKind.YearSuffix));
                continue;
            }
            if (current.Count > 0)
            {
                items.Add(SuffixGroup(current, ranged, delimiter));
            }
            current = [nodes[k]];
            currentYears = years;
        }
        items.Add(SuffixGroup(current, ranged, delimiter));
        return items;
    }

    private static Node SuffixGroup(List<Node> members, bool ranged, string? delimiter)
    {
        if (members.Count == 1)
        {
            return members[0];
        }
        if (!ranged)
        {
            return Delimited(delimiter, members);
        }
        var runs = new List<List<Node>>();
        foreach (var member in members)
        {
            if (runs.Count > 0 && Letter(runs[^1][^1]) is { } a && Letter(member) is { } b && b == a + 1)
            {
                runs[^1].Add(member);
            }
            else
            {
                runs.Add([member]);
            }
        }
        return Delimited(delimiter, runs.Select(r => r.Count >= 3 ? Delimited("\u2013", [r[0], r[^1]]) : r.Count == 1 ? r[0] : Delimited(delimiter, r)).ToList());
    }

    private static char? Letter(Node node)
    {
        var suffixes = node.Find(TagKind.YearSuffix);
        return suffixes.Count == 1 && suffixes[0].Key.Length == 1 ? suffixes[0].Key[0] : null;
    }
}
