namespace Briefing.Csl.Rendering;

/// <summary>Edits of evaluated output: cutting out or keeping only the names, for suppress-author and collapsing.</summary>
internal static class NodeEdit
{
    /// <summary>The node with its first tagged node of a kind replaced (by nothing when replacement is null).</summary>
    public static Node ReplaceFirst(Node node, TagKind kind, Node? replacement)
    {
        var done = false;
        return Replace(node, kind, replacement, ref done) ?? new GroupNode(Style.Formatting.None, []);
    }

    private static Node? Replace(Node node, TagKind kind, Node? replacement, ref bool done)
    {
        if (done)
        {
            return node;
        }
        switch (node)
        {
            case TaggedNode tagged when tagged.Kind == kind:
                done = true;
                return replacement;
            case TaggedNode tagged:
                var child = Replace(tagged.Child, kind, replacement, ref done);
                return child is null ? null : tagged with { Child = child };
            case GroupNode group:
                var children = new List<Node>();
                foreach (var c in group.Children)
                {
                    if (Replace(c, kind, replacement, ref done) is { } kept)
                    {
                        children.Add(kept);
                    }
                }
                return group with { Children = [.. children] };
            default:
                return node;
        }
    }

    /// <summary>Only the first tagged node of a kind, keeping the formatting of the groups around it.</summary>
    public static Node? KeepOnly(Node node, TagKind kind) => node switch
    {
        TaggedNode tagged when tagged.Kind == kind => tagged,
        TaggedNode tagged => KeepOnly(tagged.Child, kind),
        GroupNode group => group.Children.Select(c => KeepOnly(c, kind)).FirstOrDefault(c => c is not null) is { } kept
            ? group with { Children = [kept], Format = group.Format with { Delimiter = null } }
            : null,
        _ => null,
    };

    /// <summary>Capitalizes the node's output when it begins with a term, as "ibid." does at the start of a note.</summary>
    public static Node CapitalizeLeadingTerm(Node node, Func<Node, bool> isEmpty) => node switch
    {
        TaggedNode { Kind: TagKind.Term } term => new GroupNode(Style.Formatting.None with { TextCase = "capitalize-first" }, [term]),
        TaggedNode tagged => tagged with { Child = CapitalizeLeadingTerm(tagged.Child, isEmpty) },
        GroupNode group => CapitalizeFirstChild(group, isEmpty),
        _ => node,
    };

    private static GroupNode CapitalizeFirstChild(GroupNode group, Func<Node, bool> isEmpty)
    {
        var children = group.Children;
        var first = Array.FindIndex(children, c => !isEmpty(c));
        if (first < 0)
        {
            return group;
        }
        var capitalized = CapitalizeLeadingTerm(children[first], isEmpty);
        var edited = (Node[])children.Clone();
        for (var i = first; i < edited.Length; i++)
        {
            edited[i] = ReferenceEquals(children[i], children[first]) ? capitalized : children[i];
        }
        return group with { Children = edited };
    }

    /// <summary>The node without any tagged node of a kind.</summary>
    public static Node RemoveAll(Node node, TagKind kind) => node switch
    {
        GroupNode group => group with { Children = group.Children.Where(c => c is not TaggedNode t || t.Kind != kind).Select(c => RemoveAll(c, kind)).ToArray() },
        TaggedNode tagged when tagged.Kind != kind => tagged with { Child = RemoveAll(tagged.Child, kind) },
        _ => node,
    };
}
