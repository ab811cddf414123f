using Briefing.Loading;

namespace Briefing.Import;

/// <summary>What `briefing import` was asked to do.</summary>
internal sealed record ImportRequest(string Source, string Slug, string InputFolder, string? SourceUrl, bool Force);

/// <summary>What it did: the exit code, and the summary or the reason it wrote nothing.</summary>
internal sealed record ImportResult(int ExitCode, string Message);

/// <summary>`briefing import`: a page, capture or URL becomes a briefing; all is read before a write: a refusal writes nothing.</summary>
internal static class ImportBriefing
{
    public static async Task<ImportResult> RunAsync(ImportRequest request, HttpMessageHandler? handler, CancellationToken cancellation)
    {
        if (!LoadAnnotations.IsValidId(request.Slug))
        {
            return Usage($"'{request.Slug}' is not a valid slug: it becomes the page's URL. Use lower-case letters, digits and hyphens.");
        }

        if (!Directory.Exists(request.InputFolder))
        {
            return Usage($"The input folder '{request.InputFolder}' does not exist. Run from the repository root or pass --input.");
        }

        if (request.SourceUrl is not null && SafeUrl.Web(request.SourceUrl) is null)
        {
            return Usage($"--source-url must be an absolute http(s) URL, not '{request.SourceUrl}'.");
        }

        var folder = Path.Combine(request.InputFolder, "briefings", request.Slug);
        if ((Directory.Exists(folder) || File.Exists(folder)) && !request.Force)
        {
            return Usage($"The briefing '{ContentFile.DisplayPath(folder)}' already exists; pass --force to replace its article.");
        }

        ImportedArticle article;
        try
        {
            article = Read(await PageSource.ReadAsync(request.Source, handler, cancellation).ConfigureAwait(false), request.SourceUrl);
        }
        catch (PageSourceException ex)
        {
            return ex.Usage ? Usage(ex.Message) : new(1, $"'{request.Source}' cannot be imported: {ex.Message}. Nothing was written.");
        }

        Directory.CreateDirectory(folder);
        ArticleFile.Replace(Path.Combine(folder, "article.md"), ArticleFile.Of(article, request.Source));
        var annotations = Path.Combine(folder, "annotations.yml");
        if (!File.Exists(annotations))
        {
            File.WriteAllText(annotations, ArticleFile.Annotations + "\n");
        }

        return new ImportResult(0, Summary(article, folder));
    }

    private static ImportedArticle Read(PageBytes page, string? sourceUrl)
    {
        if (page.Bytes.AsSpan().Trim((byte)' ').IsEmpty)
        {
            throw new PageSourceException("it is empty");
        }

        if (page.Bytes.AsSpan(0, Math.Min(page.Bytes.Length, 8192)).Contains((byte)0))
        {
            throw new PageSourceException("it is a binary file, not a page or text");
        }

        var text = Decode(page.Bytes);
        var url = sourceUrl ?? page.Url;
        if (page.IsHtml)
        {
            return HtmlPage.Read(text, url);
        }

        var capture = TextCapture.Read(text) ?? throw new PageSourceException("no article text was found in it");
        return capture with { SourceUrl = url ?? capture.SourceUrl };
    }

    /// <summary>UTF-8 when the bytes are UTF-8, else Windows-1252 (what browsers assume for an undeclared old page).</summary>
    private static string Decode(byte[] bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes)
            ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')
            : CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);

    /// <summary>The few lines `briefing import` prints: what it found, and what the editor must still fill in.</summary>
    private static string Summary(ImportedArticle article, string folder)
    {
        var date = (article.Updated ?? article.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var words = article.Markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        var lines = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            Imported {ContentFile.DisplayPath(folder)}/article.md
              title:    {Or(article.Title)}
              authors:  {Or(string.Join(", ", article.Authors.Select(a => a.Name)))}
              date:     {Or(date)}
              words:    {words}
              headings: {article.Markdown.Split('\n').Count(l => l.StartsWith('#'))}

            """));
        foreach (var dropped in article.Dropped.Describe())
        {
            lines.Append(CultureInfo.InvariantCulture, $"  markup not kept, text kept: {dropped}\n");
        }

        string?[] missing =
        [
            article.SourceUrl is null ? "source url (or import again with --source-url)" : null,
            article.Authors.IsEmpty ? "authors" : null,
            article.Published is null && article.Updated is null ? "date" : null,
        ];
        var check = string.Join(", ", missing.OfType<string>());
        lines.Append("Still to fill in before 'briefing check' passes: copyright notice and permission");
        return lines.Append(check.Length > 0 ? "; check " + check : "").Append(", topics.\n").ToString();
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "(not found)" : value;

    private static ImportResult Usage(string message) => new(2, message);
}
