using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>The note marker placed right after a quote in the article's syntax tree.</summary>
internal sealed class EditorNoteMarker(string annotationId, int number) : LeafInline
{
    public string AnnotationId { get; } = annotationId;

    public int Number { get; } = number;
}

/// <summary>Writes the marker with the hooks of the output contract: a[data-annotation] with role, href, id and text N.</summary>
internal sealed class EditorNoteMarkerRenderer : HtmlObjectRenderer<EditorNoteMarker>
{
    protected override void Write(HtmlRenderer renderer, EditorNoteMarker marker)
    {
        var number = marker.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<a data-annotation=\"").Write(Html.HtmlText.Escape(marker.AnnotationId))
            .Write("\" role=\"doc-noteref\" href=\"#note-").Write(number)
            .Write("\" id=\"ref-").Write(number).Write("\">").Write(number).Write("</a>");
    }
}
