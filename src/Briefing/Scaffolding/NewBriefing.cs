using Briefing.Loading;

namespace Briefing.Scaffolding;

/// <summary>`briefing new &lt;slug&gt;`: a briefing folder with every front-matter key present and explained, to fill in.</summary>
internal static class NewBriefing
{
    /// <returns>The folder it created, or why it refused (a usage error, exit 2).</returns>
    public static (string? Folder, string? UsageError) Run(string inputFolder, string slug, DateOnly today)
    {
        if (!LoadAnnotations.IsValidId(slug))
        {
            return Refuse($"'{slug}' is not a valid slug: it becomes the page's URL. Use lower-case letters, digits and hyphens, e.g. china-north-korea-relationship.");
        }

        if (!Directory.Exists(inputFolder))
        {
            return Refuse($"The input folder '{inputFolder}' does not exist. Run from the repository root or pass --input.");
        }

        var folder = Path.Combine(inputFolder, "briefings", slug);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            return Refuse($"The briefing folder '{ContentFile.DisplayPath(folder)}' already exists; 'briefing new' never overwrites. Choose another slug or edit that folder.");
        }

        var article = BriefingTemplates.Article
            .Replace("{date}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", today.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "article.md"), article);
        File.WriteAllText(Path.Combine(folder, "annotations.yml"), BriefingTemplates.Annotations);
        return (folder, null);
    }

    private static (string? Folder, string? UsageError) Refuse(string message) => (null, message);
}
