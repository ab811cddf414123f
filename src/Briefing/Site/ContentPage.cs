namespace Briefing.Site;

/// <summary>A page from input/pages/&lt;slug&gt;.md: its front matter and its Markdown rendered to HTML.</summary>
internal sealed record ContentPage(string Slug, string Title, string? Description, string Html)
{
    public string Path => $"{Slug}/";
}
