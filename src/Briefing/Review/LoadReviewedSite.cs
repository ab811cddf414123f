using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Review;

/// <summary>
/// Reads one side of a review with the build's own loaders: the shared sources, then each briefing
/// prepared and finished as a build does it, rooted at that side's input folder.
/// </summary>
internal static class LoadReviewedSite
{
    // A quote that does not anchor is reported with one of these, at the quote.
    private static readonly string[] AnchorCodes = [DiagnosticCodes.QuoteNotFound, DiagnosticCodes.QuoteAmbiguous, DiagnosticCodes.ContextMismatch];

    /// <param name="root">The folder a git ref was unpacked into (see <see cref="ReviewedSite.Root"/>).</param>
    public static ReviewedSite Run(string inputFolder, string label, string? root = null)
    {
        var diagnostics = new DiagnosticBag();
        var shared = Directory.Exists(inputFolder) ? new SharedSources(inputFolder, diagnostics).Get() : SourceLibrary.Empty;
        var pipelines = new MarkdownPipelines();
        var briefings = ImmutableSortedDictionary.CreateBuilder<string, ReviewedBriefing>(StringComparer.Ordinal);
        foreach (var folder in Directory.Exists(inputFolder) ? LoadInputs.BriefingFolders(inputFolder) : [])
        {
            var own = new DiagnosticBag();
            var prepared = BuildBriefing.Read(folder, own) is { } files ? BuildBriefing.Prepare(files, pipelines, own) : null;
            var rendered = prepared is null ? null : BuildBriefing.Finish(prepared, shared, pipelines, own);
            var found = own.ToSortedArray();
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic);
            }

            if (prepared is not null)
            {
                briefings[Path.GetFileName(folder)] = Briefing(prepared, rendered, found);
            }
        }

        return new ReviewedSite(label, briefings.ToImmutable(), shared, diagnostics.ToSortedArray(),
            root is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)));
    }

    private static ReviewedBriefing Briefing(PreparedBriefing prepared, RenderedBriefing? rendered, ImmutableArray<Diagnostic> found)
    {
        var cites = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (rendered is not null)
        {
            var idOf = rendered.Notes.ToDictionary(n => n.Number, n => n.AnnotationId);
            foreach (var entry in rendered.Bibliography)
            {
                foreach (var number in entry.NoteNumbers)
                {
                    if (idOf.TryGetValue(number, out var id))
                    {
                        (cites.TryGetValue(id, out var keys) ? keys : cites[id] = []).Add(entry.Key);
                    }
                }
            }
        }

        var anchored = (prepared.Anchors ?? []).Select(a => new ReviewedNote(a.Annotation, a, null, Cited(cites, a.Annotation.Id)));
        var unanchored = prepared.Unanchored.Select(a => new ReviewedNote(a, null, ProblemOf(a, found), Cited(cites, a.Id)));
        var notes = anchored.Concat(unanchored).OrderBy(n => n.Annotation.At.Line).ToImmutableArray();
        return new ReviewedBriefing(Path.GetFileName(prepared.Files.Folder), prepared.Article, notes, rendered?.Sources ?? SourceLibrary.Empty);
    }

    private static ImmutableArray<string> Cited(Dictionary<string, List<string>> cites, string id) =>
        cites.TryGetValue(id, out var keys) ? [.. keys.Order(StringComparer.Ordinal)] : [];

    private static Diagnostic? ProblemOf(Annotation annotation, ImmutableArray<Diagnostic> found) =>
        found.FirstOrDefault(d => AnchorCodes.Contains(d.Code) && d.File == annotation.QuoteAt.File
            && d.Line >= annotation.At.Line && d.Line <= Math.Max(annotation.NoteAt.Line, annotation.QuoteAt.Line));
}
