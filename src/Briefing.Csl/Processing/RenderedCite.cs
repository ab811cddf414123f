using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>A cite evaluated for a citation: its item, position and output.</summary>
internal sealed record RenderedCite(CslCite Cite, CslItem Item, CiteContext Context, Evaluation Output)
{
    public Node Node => Output.Node;

    /// <summary>The cite's output with its own prefix and suffix.</summary>
    public Node Affixed(Node? node = null) =>
        new GroupNode(Style.Formatting.None with { Prefix = Cite.Prefix, Suffix = Cite.Suffix }, [node ?? Node]);
}
