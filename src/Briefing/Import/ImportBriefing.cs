using Briefing.Loading;

namespace Briefing.Import;

/// <summary>What `briefing import` was asked to do.</summary>
internal sealed record ImportRequest(string Source, string Slug, string InputFolder, string? SourceUrl, bool Force);

/// <summary>What it did: the exit code, and the summary or the reason it wrote nothing.</summary>
internal sealed record ImportResult(int ExitCode, string Message, ImportedArticle? Article = null, string? Folder = null);

/// <summary>
/// `briefing import SOURCE --slug SLUG`: a saved page, text capture or URL becomes a new briefing folder.
/// Everything is read and converted before anything is written: a refusal leaves no file behind.
/// </summary>
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

        if (request.SourceUrl is { } given && !(Uri.TryCreate(given, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
        {
            return Usage($"--source-url must be an absolute http(s) URL, not '{given}'.");
        }

        var folder = Path.Combine(request.InputFolder, "briefings", request.Slug);
        if ((Directory.Exists(folder) || File.Exists(folder)) && !request.Force)
        {
            return Usage($"The briefing '{ContentFile.DisplayPath(folder)}' already exists; pass --force to replace its article.");
        }

        PageBytes page;
        try
        {
            page = await PageSource.ReadAsync(request.Source, handler, cancellation).ConfigureAwait(false);
        }
        catch (PageSourceException ex)
        {
            return ex.Usage ? Usage(ex.Message) : Refuse(request.Source, ex.Message);
        }

        var article = Read(page, request.SourceUrl, out var refusal);
        if (article is null)
        {
            return Refuse(request.Source, refusal!);
        }

        Write(folder, article, request.Source);
        return new ImportResult(0, ImportSummary.Of(article, folder), article, folder);
    }

    private static ImportedArticle? Read(PageBytes page, string? sourceUrl, out string? refusal)
    {
        if (page.Bytes.Length == 0 || page.Bytes.AsSpan().Trim((byte)' ').IsEmpty)
        {
            refusal = "it is empty";
            return null;
        }

        if (page.Bytes.AsSpan(0, Math.Min(page.Bytes.Length, 8192)).Contains((byte)0))
        {
            refusal = "it is a binary file, not a page or text";
            return null;
        }

        var text = Decode(page.Bytes);
        var url = sourceUrl ?? page.Url;
        if (page.IsHtml)
        {
            return HtmlPage.Read(text, url, out refusal);
        }

        var capture = TextCapture.Read(text);
        refusal = capture is null ? "no article text was found in it" : null;
        return capture is null ? null : capture with { SourceUrl = url ?? capture.SourceUrl };
    }

    /// <summary>UTF-8 when the bytes are UTF-8, else Windows-1252 (what browsers assume for an undeclared old page).</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static void Write(string folder, ImportedArticle article, string source)
    {
        Directory.CreateDirectory(folder);
        var articlePath = Path.Combine(folder, "article.md");
        var staged = articlePath + ".import";
        File.WriteAllText(staged, ArticleFile.Of(article, source));
        File.Move(staged, articlePath, overwrite: true);
        var annotations = Path.Combine(folder, "annotations.yml");
        if (!File.Exists(annotations))
        {
            File.WriteAllText(annotations, ArticleFile.Annotations + "\n");
        }
    }

    private static ImportResult Usage(string message) => new(2, message);

    private static ImportResult Refuse(string source, string why) =>
        new(1, $"'{source}' cannot be imported: {why}. Nothing was written.");
}
