using System.Net;
using System.Text.RegularExpressions;

namespace Briefing.Review;

/// <summary>A <see cref="SiteDiff"/> as GitHub Markdown: for a job summary or a pull-request comment.</summary>
internal sealed partial class DiffMarkdown() : DiffText("#### Shared sources\n", briefingEnd: "")
{
    public static string Format(SiteDiff diff) => string.Concat(new DiffMarkdown().Lines(diff).Select(line => line + "\n"));

    // The republished text changing is a caution above everything else.
    protected override string Heading(SiteDiff diff) =>
        $"### Editorial changes: `{Code(diff.Base)}` → `{Code(diff.Head)}`\n"
        + string.Concat(diff.Briefings.Select(b => b.Text).OfType<TextDiff>().Select(text =>
            $"\n> [!CAUTION]\n> **The republished text changed** ({text.Code}, `{Code(text.Location)}`): {Escape(text.Message)}\n"));

    protected override string Heading(BriefingDiff briefing) =>
        $"#### {Escape(briefing.Title)} (`{briefing.Slug}`)"
        + (briefing.Status == Changes.Changed ? "" : $" — briefing {briefing.Status}") + "\n";

    protected override string Text(TextDiff text) =>
        $"- **Republished text changed** ({text.Code}, `{Code(text.Location)}`): see the warning above";

    protected override string Note(NoteDiff note) =>
        $"- **Note {note.Change.Replace('-', ' ')}** `{note.Id}` (`{Code(note.Location)}`) on “{Escape(note.Quote)}”"
        + (note.Detail is { } detail ? $": {Escape(detail)}" : "")
        + (note.Words.IsEmpty ? "" : "\n  > " + Words(note.Words, t => $"<ins>{t}</ins>", t => $"<del>{t}</del>"));

    protected override string Source(SourceDiff source) =>
        $"- **Source {source.Change}** `{Code(source.Key)}` (`{Code(source.Location)}`)"
        + (source.Fields.IsEmpty ? "" : ": " + string.Join(", ", source.Fields.Select(f => $"`{f}`")))
        + "; cited by " + (source.CitedBy.IsEmpty ? "no note" : string.Join(", ", source.CitedBy.Select(n => $"`{n}`")));

    protected override string Topics(ImmutableArray<string> added, ImmutableArray<string> removed) =>
        "- **Topics**:" + string.Concat(added.Select(t => $" +{Escape(t)}")) + string.Concat(removed.Select(t => $" −{Escape(t)}"));

    protected override string Field(FieldDiff field) =>
        $"- **{(field.Rights ? "Rights" : "Front matter")}** `{field.Field}`: {Value(field.Before)} → {Value(field.After)}";

    private string Value(string? value) => value is null ? "(none)" : $"“{Escape(value)}”";

    /// <summary>Text for a code span: no backtick to close it, no line break to leave the list item.</summary>
    private static string Code(string value) => value.Replace('`', '\'').ReplaceLineEndings(" ");

    /// <summary>Content as text: Markdown and HTML characters escaped, so that a note cannot add markup to the summary.</summary>
    protected override string Escape(string text) =>
        Special().Replace(text.ReplaceLineEndings(" "), m => m.Value is "<" or ">" or "&" ? WebUtility.HtmlEncode(m.Value) : "\\" + m.Value);

    [GeneratedRegex(@"[\\`*_{}\[\]()#+\-.!|<>&~]")]
    private static partial Regex Special();
}
