using Briefing.Review;
using Spectre.Console;

namespace Briefing.Cli.Commands;

/// <summary>A <see cref="SiteDiff"/> for the terminal: one line per change, the note's words as `git diff --word-diff` marks them.</summary>
internal static class DiffHuman
{
    public static void Write(SiteDiff diff)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // A file or a pipe gets one line per change, not lines wrapped at a terminal's width.
            console.Profile.Width = 10_000;
        }

        console.MarkupLine($"[bold]Editorial changes from {Markup.Escape(diff.Base)} to {Markup.Escape(diff.Head)}[/]");
        if (diff.IsEmpty)
        {
            console.MarkupLine("No editorial change: notes, sources, front matter and text are as they were.");
        }

        foreach (var briefing in diff.Briefings)
        {
            Briefing(console, briefing);
        }

        if (!diff.SharedSources.IsEmpty)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Shared sources[/]");
            Sources(console, diff.SharedSources);
        }
    }

    private static void Briefing(IAnsiConsole console, BriefingDiff briefing)
    {
        console.WriteLine();
        var status = briefing.Status == Changes.Changed ? "" : $" (briefing {briefing.Status})";
        console.MarkupLine($"[bold]{Markup.Escape(briefing.Title)}[/] [grey]{briefing.Slug}[/]{status}");
        if (briefing.Text is { } text)
        {
            console.MarkupLine($"  [bold red]error {text.Code}: {Markup.Escape(text.Location)}: {Markup.Escape(text.Message)}[/]");
        }

        foreach (var note in briefing.Notes)
        {
            var detail = note.Detail is null ? "" : ": " + Markup.Escape(note.Detail);
            var colour = note.Change is Changes.Broken or Changes.Removed ? "red" : note.Change == Changes.Added ? "green" : "yellow";
            console.MarkupLine($"  [{colour}]note {note.Change}[/] {note.Id} ({Markup.Escape(note.Location)}) on “{Markup.Escape(note.Quote)}”{detail}");
            if (!note.Words.IsEmpty && note.Change == Changes.Reworded)
            {
                console.MarkupLine("    " + string.Concat(note.Words.Select(Word)).ReplaceLineEndings(" "));
            }
        }

        Sources(console, briefing.Sources);
        if (!briefing.TopicsAdded.IsEmpty || !briefing.TopicsRemoved.IsEmpty)
        {
            var topics = briefing.TopicsAdded.Select(t => "+" + t).Concat(briefing.TopicsRemoved.Select(t => "-" + t));
            console.MarkupLine($"  topics {Markup.Escape(string.Join(", ", topics))}");
        }

        foreach (var field in briefing.Fields)
        {
            console.MarkupLine($"  {(field.Rights ? "[yellow]rights[/]" : "front matter")} {field.Field}: "
                + $"{Markup.Escape(field.Before ?? "(none)")} → {Markup.Escape(field.After ?? "(none)")}");
        }
    }

    private static void Sources(IAnsiConsole console, IEnumerable<SourceDiff> sources)
    {
        foreach (var source in sources)
        {
            var fields = source.Fields.IsEmpty ? "" : ": " + string.Join(", ", source.Fields);
            var cited = source.CitedBy.IsEmpty ? "cited by no note" : "cited by " + string.Join(", ", source.CitedBy);
            console.MarkupLine($"  source {source.Change} {Markup.Escape(source.Key)} ({Markup.Escape(source.Location)}){Markup.Escape(fields)}; {Markup.Escape(cited)}");
        }
    }

    private static string Word(WordPiece piece) => piece.Kind switch
    {
        Changes.Added when !string.IsNullOrWhiteSpace(piece.Text) => WordPiece.Mark(piece.Text, t => $"[green]{{+{Markup.Escape(t)}+}}[/]"),
        Changes.Removed when !string.IsNullOrWhiteSpace(piece.Text) => WordPiece.Mark(piece.Text, t => $"[red][[-{Markup.Escape(t)}-]][/]"),
        Changes.Removed => "",
        _ => Markup.Escape(piece.Text),
    };
}
