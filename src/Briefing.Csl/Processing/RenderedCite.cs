using Briefing.Csl.Rendering;

namespace Briefing.Csl.Processing;

/// <summary>A cite evaluated for a citation: its item, position and output.</summary>
internal sealed record RenderedCite(CslCite Cite, CslItem Item, CiteContext Context, Node Node)
{
    public string NamesText(Run run) =>
        Node.Find(TagKind.Names).FirstOrDefault() is { } names ? run.Text(names) : "";
}
