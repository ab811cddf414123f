using Briefing.Csl.Output;
using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>What evaluating a style element yields, before formatting is applied.</summary>
internal abstract record Node
{
    /// <summary>The nodes tagged with a kind, depth first.</summary>
    public List<TaggedNode> Find(TagKind kind)
    {
        var found = new List<TaggedNode>();
        Collect(kind, found);
        return found;
    }

    private void Collect(TagKind kind, List<TaggedNode> found)
    {
        switch (this)
        {
            case TaggedNode tagged when tagged.Kind == kind:
                found.Add(tagged);
                break;
            case TaggedNode tagged:
                tagged.Child.Collect(kind, found);
                break;
            case GroupNode group:
                foreach (var child in group.Children)
                {
                    child.Collect(kind, found);
                }
                break;
        }
    }
}

/// <summary>Text already in rich-text form.</summary>
internal sealed record LeafNode(Inline Content) : Node;

/// <summary>Children joined by the formatting's delimiter, then formatted.</summary>
internal sealed record GroupNode(Formatting Format, Node[] Children) : Node;

internal enum TagKind { Names, Date, YearSuffix, CitationNumber, Title, Locator, Term }

/// <summary>A marked piece of output that collapsing and substitution look for.</summary>
internal sealed record TaggedNode(TagKind Kind, Node Child, string Key = "") : Node
{
    /// <summary>For a names tag: the full name list of the variable, before et-al truncation.</summary>
    public IReadOnlyList<Data.CslName> Names { get; init; } = [];
}
