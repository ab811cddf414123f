using System.Text.RegularExpressions;
using Briefing.Anchoring;
using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Import;

/// <summary>An annotation that was not imported, and why.</summary>
internal sealed record SkippedAnnotation(ExportedAnnotation From, string Reason);

/// <summary>What `briefing import-annotations` did: the notes it added, those it skipped, or why it wrote nothing.</summary>
internal sealed record AnnotationImportResult(
    int ExitCode, int Read, ImmutableArray<Annotation> Imported, ImmutableArray<SkippedAnnotation> Skipped,
    ImmutableArray<Diagnostic> Diagnostics, string? Usage = null);

/// <summary>`briefing import-annotations`: notes that anchor are added to annotations.yml, the others listed with the reason.</summary>
internal static class ImportAnnotations
{
    public static AnnotationImportResult Run(string file, string slug, string inputFolder, bool replace)
    {
        var folder = Path.Combine(inputFolder, "briefings", slug);
        if (!LoadAnnotations.IsValidId(slug) || !File.Exists(Path.Combine(folder, "article.md")))
        {
            return Usage($"There is no briefing '{slug}' ({ContentFile.DisplayPath(folder)}/article.md). Import or create it first.");
        }

        if (!File.Exists(file))
        {
            return Usage($"The file '{file}' does not exist.");
        }

        var diagnostics = new DiagnosticBag();
        var text = ContentFile.ReadText(file, diagnostics);
        var exported = text is null ? null : AnnotationExport.Read(text, ContentFile.DisplayPath(file), diagnostics);
        var files = exported is null ? null : BuildBriefing.Read(Path.GetFullPath(folder), diagnostics);
        var article = files is null ? null : LoadArticle.Run(files, slug, diagnostics);
        var existing = replace || article is null ? [] : LoadAnnotations.Run(files!, diagnostics);
        if (exported is not { } items || article is null || diagnostics.HasErrors)
        {
            return new AnnotationImportResult(1, 0, [], [], diagnostics.ToSortedArray());
        }

        var (imported, skipped) = Anchor(article, existing, items);
        if (imported.Count > 0)
        {
            // The notes already there, as the build read them: through the input boundary, not again from disk.
            var current = files!.Text("annotations.yml", diagnostics);
            ArticleFile.Replace(Path.Combine(Path.GetFullPath(folder), "annotations.yml"), ArticleFile.Merge(current, imported, replace));
        }

        return new AnnotationImportResult(0, items.Length, [.. imported.Select(i => i.Note)], skipped, []);
    }

    private static (List<(Annotation Note, ExportedAnnotation From)>, ImmutableArray<SkippedAnnotation>) Anchor(
        Article article, ImmutableArray<Annotation> existing, ImmutableArray<ExportedAnnotation> items)
    {
        var skipped = new List<SkippedAnnotation>();
        var taken = existing.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<(Annotation Note, ExportedAnnotation From)>();
        foreach (var item in items)
        {
            var problem = item.Problem ?? OtherPage(item, article) ?? (existing.Any(e => e.Quote == item.Quote && e.Note == item.Note)
                ? "the same note on the same quote is already in annotations.yml" : null);
            if (problem is not null)
            {
                skipped.Add(new SkippedAnnotation(item, problem));
            }
            else
            {
                var id = item.Id is { } own && LoadAnnotations.IsValidId(own) && taken.Add(own) ? own : IdFromQuote(item.Quote!, taken);
                var at = new SourceLocation(string.Create(CultureInfo.InvariantCulture, $"\0annotation {item.Number}"), 1, 1);
                candidates.Add((new Annotation(id, item.Quote!, item.Prefix, item.Suffix, item.Note, at, at, at), item));
            }
        }

        var diagnostics = new DiagnosticBag();
        var document = RenderArticle.Parse(article.Body, new MarkdownPipelines());
        var anchored = AnchorAnnotations.Run(article, document, [.. candidates.Select(c => c.Note)], diagnostics).Select(a => a.Annotation).ToHashSet();
        foreach (var failure in diagnostics.ToSortedArray().GroupBy(d => d.File))
        {
            // Each candidate's location is its own made-up file: the anchoring's diagnostics name the annotation they are about.
            var item = candidates.First(c => c.Note.At.File == failure.Key).From;
            skipped.Add(new SkippedAnnotation(item, string.Join(" ", failure.Select(d => d.Message + (d.Hint is { } hint ? " " + hint : "")))));
        }

        return ([.. candidates.Where(c => anchored.Contains(c.Note))], [.. skipped.OrderBy(s => s.From.Number)]);
    }

    /// <summary>An annotation made on another page: neither the original's address nor this briefing's page.</summary>
    private static string? OtherPage(ExportedAnnotation item, Article article) =>
        item.PageUrl is not { } url || SamePage(url, article.Attribution.Source.Url)
            || UrlPath(url).EndsWith($"/briefings/{article.Slug}", StringComparison.Ordinal)
            ? null
            : $"it was made on another page ({url}), not on {article.Attribution.Source.Url} or this briefing's page";

    private static bool SamePage(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && Host(x).Equals(Host(y), StringComparison.OrdinalIgnoreCase) && UrlPath(a) == UrlPath(b);

    private static string Host(Uri uri) => uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;

    private static string UrlPath(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath.Replace("/index.html", "/", StringComparison.Ordinal).TrimEnd('/') : url;

    private const int MaxIdLength = 40;

    /// <summary>An id for an imported note from the quote's first words, stable, unique in the file: lower-case ASCII letters
    /// and digits (accents and apostrophes dropped), words joined by hyphens, cut at a word.</summary>
    private static string IdFromQuote(string quote, HashSet<string> taken)
    {
        var letters = quote.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’'));
        var words = Regex.Replace(new string([.. letters]).ToLowerInvariant(), "[^a-z0-9]+", "-").TrimStart('-');
        var slug = words[..Math.Min(words.Length, MaxIdLength)].Trim('-');
        var cut = slug.Length >= MaxIdLength - 1 ? slug.LastIndexOf('-') : -1;
        slug = cut > 0 ? slug[..cut] : slug.Length > 0 ? slug : "note";
        var id = slug;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return id;
    }

    private static AnnotationImportResult Usage(string message) => new(2, 0, [], [], [], message);
}
