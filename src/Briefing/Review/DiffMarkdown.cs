using System.Text.RegularExpressions;

namespace Briefing.Review;

/// <summary>A <see cref="SiteDiff"/> as GitHub Markdown: for a job summary or a pull-request comment.</summary>
internal static partial class DiffMarkdown
{
    public static string Format(SiteDiff diff)
    {
        var md = new StringBuilder();
        md.Append("### Editorial changes: `").Append(Code(diff.Base)).Append("` → `").Append(Code(diff.Head)).Append("`\n\n");
        if (diff.IsEmpty)
        {
            return md.Append("No editorial change: notes, sources, front matter and text are as they were.\n").ToString();
        }

        foreach (var text in diff.Briefings.Where(b => b.Text is not null).Select(b => b.Text!))
        {
            md.Append("> [!CAUTION]\n> **The republished text changed** (").Append(text.Code).Append(", `").Append(Code(text.Location)).Append("`): ")
                .Append(Escape(text.Message)).Append("\n\n");
        }

        foreach (var briefing in diff.Briefings)
        {
            md.Append("#### ").Append(Escape(briefing.Title)).Append(" (`").Append(briefing.Slug).Append("`)");
            md.Append(briefing.Status == Changes.Changed ? "" : $" — briefing {briefing.Status}").Append("\n\n");
            Briefing(md, briefing);
            md.Append('\n');
        }

        if (!diff.SharedSources.IsEmpty)
        {
            md.Append("#### Shared sources\n\n");
            Sources(md, diff.SharedSources);
        }

        return md.ToString();
    }

    private static void Briefing(StringBuilder md, BriefingDiff briefing)
    {
        if (briefing.Text is { } text)
        {
            md.Append("- **Republished text changed** (").Append(text.Code).Append(", `").Append(Code(text.Location)).Append("`): see the warning above\n");
        }

        foreach (var note in briefing.Notes)
        {
            md.Append("- **Note ").Append(note.Change.Replace('-', ' ')).Append("** `").Append(note.Id).Append("` (`").Append(Code(note.Location)).Append("`) on “")
                .Append(Escape(note.Quote)).Append('”');
            if (note.Detail is { } detail)
            {
                md.Append(": ").Append(Escape(detail));
            }

            if (!note.Words.IsEmpty)
            {
                md.Append("\n  > ").Append(string.Concat(note.Words.Select(Word)).ReplaceLineEndings(" "));
            }

            md.Append('\n');
        }

        Sources(md, briefing.Sources);
        if (!briefing.TopicsAdded.IsEmpty || !briefing.TopicsRemoved.IsEmpty)
        {
            md.Append("- **Topics**:");
            md.Append(string.Concat(briefing.TopicsAdded.Select(t => $" +{Escape(t)}")));
            md.Append(string.Concat(briefing.TopicsRemoved.Select(t => $" −{Escape(t)}"))).Append('\n');
        }

        foreach (var field in briefing.Fields)
        {
            md.Append(field.Rights ? "- **Rights** `" : "- **Front matter** `").Append(field.Field).Append("`: ")
                .Append(Value(field.Before)).Append(" → ").Append(Value(field.After)).Append('\n');
        }
    }

    private static void Sources(StringBuilder md, IEnumerable<SourceDiff> sources)
    {
        foreach (var source in sources)
        {
            md.Append("- **Source ").Append(source.Change).Append("** `").Append(Code(source.Key)).Append("` (`").Append(Code(source.Location)).Append("`)");
            if (!source.Fields.IsEmpty)
            {
                md.Append(": ").Append(string.Join(", ", source.Fields.Select(f => $"`{f}`")));
            }

            md.Append(source.CitedBy.IsEmpty ? "; cited by no note" : "; cited by " + string.Join(", ", source.CitedBy.Select(n => $"`{n}`"))).Append('\n');
        }
    }

    private static string Word(WordPiece piece) => piece.Kind switch
    {
        Changes.Added when !string.IsNullOrWhiteSpace(piece.Text) => WordPiece.Mark(piece.Text, t => $"<ins>{Escape(t)}</ins>"),
        Changes.Removed when !string.IsNullOrWhiteSpace(piece.Text) => WordPiece.Mark(piece.Text, t => $"<del>{Escape(t)}</del>"),
        Changes.Removed => "",
        _ => Escape(piece.Text),
    };

    private static string Value(string? value) => value is null ? "(none)" : $"“{Escape(value)}”";

    /// <summary>Text for a code span: no backtick to close it, no line break to leave the list item.</summary>
    private static string Code(string value) => value.Replace('`', '\'').ReplaceLineEndings(" ");

    /// <summary>Content as text: Markdown and HTML characters escaped, so that a note cannot add markup to the summary.</summary>
    internal static string Escape(string text) =>
        Special().Replace(text.ReplaceLineEndings(" "), m => m.Value switch
        {
            "<" => "&lt;",
            ">" => "&gt;",
            "&" => "&amp;",
            _ => "\\" + m.Value,
        });

    [GeneratedRegex(@"[\\`*_{}\[\]()#+\-.!|<>&~]")]
    private static partial Regex Special();
}
