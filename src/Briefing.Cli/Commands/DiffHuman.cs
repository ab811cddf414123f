using System.Collections.Immutable;
using Briefing.Review;
using Spectre.Console;

namespace Briefing.Cli.Commands;

/// <summary>A <see cref="SiteDiff"/> for the terminal: one line per change, the note's words as `git diff --word-diff` marks them.</summary>
internal sealed class DiffHuman() : DiffText("\n[bold]Shared sources[/]")
{
    public static void Write(SiteDiff diff)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // A file or a pipe gets one line per change, not lines wrapped at a terminal's width.
            console.Profile.Width = 10_000;
        }

        foreach (var line in new DiffHuman().Lines(diff))
        {
            console.MarkupLine(line);
        }
    }

    protected override string Heading(SiteDiff diff) => $"[bold]Editorial changes from {Escape(diff.Base)} to {Escape(diff.Head)}[/]";

    protected override string Heading(BriefingDiff briefing) =>
        $"\n[bold]{Escape(briefing.Title)}[/] [grey]{briefing.Slug}[/]"
        + (briefing.Status == Changes.Changed ? "" : $" (briefing {briefing.Status})");

    protected override string Text(TextDiff text) => $"  [bold red]error {text.Code}: {Escape(text.Location)}: {Escape(text.Message)}[/]";

    protected override string Note(NoteDiff note)
    {
        var colour = note.Change is Changes.Broken or Changes.Removed ? "red" : note.Change == Changes.Added ? "green" : "yellow";
        return $"  [{colour}]note {note.Change}[/] {note.Id} ({Escape(note.Location)}) on “{Escape(note.Quote)}”"
            + (note.Detail is null ? "" : ": " + Escape(note.Detail))
            + (note.Change == Changes.Reworded && !note.Words.IsEmpty
                ? "\n    " + Words(note.Words, t => $"[green]{{+{t}+}}[/]", t => $"[red][[-{t}-]][/]")
                : "");
    }

    protected override string Source(SourceDiff source)
    {
        var fields = source.Fields.IsEmpty ? "" : ": " + string.Join(", ", source.Fields);
        var cited = source.CitedBy.IsEmpty ? "cited by no note" : "cited by " + string.Join(", ", source.CitedBy);
        return $"  source {source.Change} {Escape(source.Key)} ({Escape(source.Location)}){Escape(fields)}; {Escape(cited)}";
    }

    protected override string Topics(ImmutableArray<string> added, ImmutableArray<string> removed) =>
        $"  topics {Escape(string.Join(", ", added.Select(t => "+" + t).Concat(removed.Select(t => "-" + t))))}";

    protected override string Field(FieldDiff field) => $"  {(field.Rights ? "[yellow]rights[/]" : "front matter")} {field.Field}: "
        + $"{Escape(field.Before ?? "(none)")} → {Escape(field.After ?? "(none)")}";

    protected override string Escape(string text) => Markup.Escape(text);
}
