using Briefing.Loading;

namespace Briefing.Import;

/// <summary>The few lines `briefing import` prints: what it found, and what the editor must still fill in.</summary>
internal static class ImportSummary
{
    public static string Of(ImportedArticle article, string folder)
    {
        var lines = new StringBuilder();
        var display = ContentFile.DisplayPath(folder);
        lines.Append(CultureInfo.InvariantCulture, $"Imported {display}/article.md\n");
        lines.Append(CultureInfo.InvariantCulture, $"  title:    {Or(article.Title)}\n");
        lines.Append(CultureInfo.InvariantCulture, $"  authors:  {Or(string.Join(", ", article.Authors.Select(a => a.Name)))}\n");
        lines.Append(CultureInfo.InvariantCulture, $"  date:     {Or((article.Updated ?? article.Published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}\n");
        lines.Append(CultureInfo.InvariantCulture, $"  words:    {Words(article.Markdown)}\n");
        lines.Append(CultureInfo.InvariantCulture, $"  headings: {article.Markdown.Split('\n').Count(l => l.StartsWith('#'))}\n");
        foreach (var dropped in article.Dropped.Describe())
        {
            lines.Append(CultureInfo.InvariantCulture, $"  markup not kept, text kept: {dropped}\n");
        }

        lines.Append("Still to fill in before 'briefing check' passes: copyright notice and permission");
        var missing = new List<string>();
        if (article.SourceUrl is null)
        {
            missing.Add("source url (or import again with --source-url)");
        }

        if (article.Authors.IsEmpty)
        {
            missing.Add("authors");
        }

        if (article.Published is null && article.Updated is null)
        {
            missing.Add("date");
        }

        lines.Append(missing.Count > 0 ? "; check " + string.Join(", ", missing) : "").Append(", topics.\n");
        return lines.ToString();
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "(not found)" : value;

    internal static int Words(string markdown) => markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
