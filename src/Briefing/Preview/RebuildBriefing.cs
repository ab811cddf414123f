using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;

namespace Briefing.Preview;

/// <summary>The preview's fast path for a save in one briefing's folder: its page alone, before the full build; none on errors.</summary>
internal static class RebuildBriefing
{
    /// <summary>The briefing folder every changed path lies in, when there is one and it already has a page.</summary>
    public static string? EditedFolder(BuildOptions options, IReadOnlyList<string> changed)
    {
        var briefings = Path.Combine(Path.GetFullPath(options.InputFolder), "briefings") + Path.DirectorySeparatorChar;
        var slugs = changed.Select(Path.GetFullPath).Select(p => p.StartsWith(briefings, StringComparison.Ordinal)
            && p[briefings.Length..].Split(Path.DirectorySeparatorChar) is [var name, _, ..] ? name : null);
        if (slugs.Distinct(StringComparer.Ordinal).ToList() is not [{ } slug])
        {
            return null;
        }

        var page = Path.Combine(options.OutputFolder, BriefingPaths.Page(slug));
        return File.Exists(page) ? Path.Combine(options.InputFolder, "briefings", slug) : null;
    }

    /// <returns>The result, and the written page's path under the output folder (with '/') when it succeeded.</returns>
    public static (BuildResult Result, string? Page) Run(BuildOptions options, string folder)
    {
        var diagnostics = new DiagnosticBag();
        var inputs = LoadInputs.Run(options, diagnostics);
        var citations = CitationFormatting.CslFormatter.For(inputs.Site?.CitationStyle);
        var briefing = BuildBriefing.Run(folder, inputs.SharedSources.Value, inputs.Pipelines, diagnostics, citations);
        SiteFile? page = null;
        if (briefing is not null && inputs is { Site: { } site, Theme: { } theme })
        {
            LayOutPages.Briefing(briefing, site, theme, diagnostics, (path, html) => page = new SiteFile(path, html.ToArray()), citations);
        }

        if (diagnostics.HasErrors || page is null)
        {
            return (new BuildResult(ExitCode.ContentErrors, diagnostics.ToSortedArray()), null);
        }

        // Written beside the output folder, then moved over the page: a page being served is never seen
        // half-written, and no temporary file is ever inside the output folder.
        var path = Path.Combine(options.OutputFolder, page.Path.Replace('/', Path.DirectorySeparatorChar));
        var temporary = OutputLeftovers.PreviewFile(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputFolder)));
        File.WriteAllBytes(temporary, page.Content);
        File.Move(temporary, path, overwrite: true);
        return (new BuildResult(ExitCode.Success, diagnostics.ToSortedArray(), null, 1, briefing!.Notes.Length, 1), page.Path);
    }
}
