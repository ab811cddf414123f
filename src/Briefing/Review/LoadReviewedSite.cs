using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Review;

/// <summary>Reads one side of a review with the build's own loaders: the shared sources, then each briefing as a build does it.</summary>
internal static class LoadReviewedSite
{
    // A quote that does not anchor is reported with one of these, at the quote.
    private static readonly string[] AnchorCodes =
        [DiagnosticCodes.QuoteNotFound, DiagnosticCodes.QuoteAmbiguous, DiagnosticCodes.ContextMismatch];

    public static ReviewedSite Run(string inputFolder, string label, string? root = null)
    {
        // What is wrong with the shared sources is the build's to report; a review compares what they hold.
        var shared = Directory.Exists(inputFolder) ? LoadSources.Run(inputFolder, SourceLibrary.Empty, new DiagnosticBag()) : SourceLibrary.Empty;
        var pipelines = new MarkdownPipelines();
        var unpacked = root is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

        // A problem's places are written as "file:line:column", a file of an unpacked ref shown as "REF:path".
        Func<string, string> shown = unpacked is null ? text => text
            : text => text.Replace(unpacked + Path.DirectorySeparatorChar, label + ":", StringComparison.Ordinal);
        var briefings = ImmutableSortedDictionary.CreateBuilder<string, ReviewedBriefing>(StringComparer.Ordinal);
        foreach (var folder in Directory.Exists(inputFolder) ? LoadInputs.BriefingFolders(inputFolder) : [])
        {
            var found = new DiagnosticBag();
            if (BuildBriefing.Read(folder, found) is { } files)
            {
                var prepared = BuildBriefing.Prepare(files, pipelines, found);
                var rendered = BuildBriefing.Finish(prepared, shared, pipelines, found);
                briefings[Path.GetFileName(folder)] = Briefing(prepared, rendered, found.ToSortedArray(), shown);
            }
        }

        return new ReviewedSite(label, briefings.ToImmutable(), shared, unpacked);
    }

    private static ReviewedBriefing Briefing(PreparedBriefing prepared, RenderedBriefing? rendered, ImmutableArray<Diagnostic> found,
        Func<string, string> shown)
    {
        // The sources each note cites, in key order: the bibliography names the notes that cite each entry.
        var cites = (rendered is null ? []
            : from entry in rendered.Bibliography
              from number in entry.NoteNumbers
              join note in rendered.Notes on number equals note.Number
              select (Id: note.AnnotationId, entry.Key))
            .OrderBy(c => c.Key, StringComparer.Ordinal).ToLookup(c => c.Id, c => c.Key, StringComparer.Ordinal);
        var anchored = (prepared.Anchors ?? []).Select(a => new ReviewedNote(a.Annotation, a, null, [.. cites[a.Annotation.Id]]));
        var unanchored = prepared.Unanchored.Select(a => new ReviewedNote(a, null, ProblemOf(a, found, shown), [.. cites[a.Id]]));
        var notes = anchored.Concat(unanchored).OrderBy(n => n.Annotation.At.Line).ToImmutableArray();
        return new ReviewedBriefing(prepared.Article, notes, rendered?.Sources ?? SourceLibrary.Empty);
    }

    private static string? ProblemOf(Annotation annotation, ImmutableArray<Diagnostic> found, Func<string, string> shown) =>
        found.Where(d => AnchorCodes.Contains(d.Code) && d.File == annotation.QuoteAt.File
            && d.Line >= annotation.At.Line && d.Line <= Math.Max(annotation.NoteAt.Line, annotation.QuoteAt.Line))
            .Select(d => shown($"{d.Code}: {d.Message}")).FirstOrDefault();
}
