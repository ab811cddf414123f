using Briefing.Layout;
using Briefing.Rendering;
using Briefing.Site;

namespace Briefing.Loading;

/// <summary>What every briefing's stages share: the site, its pages, the theme, the shared sources and the briefing folders.</summary>
/// <param name="Site">Null when site.yml has errors.</param>
/// <param name="Theme">Null when the theme has errors.</param>
internal sealed record SiteInputs(
    SiteSettings? Site,
    Theme? Theme,
    IReadOnlyList<ContentPage> ContentPages,
    Lazy<SourceLibrary> SharedSources,
    IReadOnlyList<string> Folders,
    MarkdownPipelines Pipelines)
{
    /// <summary>Whether a site can be laid out from them: site.yml and the theme read, and no error so far.</summary>
    public bool Complete(DiagnosticBag diagnostics) => Site is not null && Theme is not null && !diagnostics.HasErrors;
}

/// <summary>Stage: reads site.yml, input/pages, the theme and the shared sources, and lists the briefing folders.</summary>
internal static class LoadInputs
{
    public static SiteInputs Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        // The shared sources are read on another thread meanwhile.
        var sharedSources = LoadSources.InBackground(options.InputFolder, diagnostics);
        var pipelines = new MarkdownPipelines();
        var contentPages = LoadPages.Run(options.InputFolder, pipelines, diagnostics);
        var site = Site(options, contentPages, diagnostics);
        var theme = Theme.Load(options.ThemeFolder, options.InputFolder, diagnostics);
        return new SiteInputs(site, theme, contentPages, sharedSources, BriefingFolders(options.InputFolder), pipelines);
    }

    /// <summary>site.yml with what the build decides on top of it: the base URL, noindex, search, the navigation to input/pages.</summary>
    public static SiteSettings? Site(BuildOptions options, IReadOnlyList<ContentPage> contentPages, DiagnosticBag diagnostics)
    {
        var site = LoadSite.Run(options.InputFolder, diagnostics);
        return site is null ? null : site with
        {
            BaseUrl = ChooseBaseUrl(options) ?? site.BaseUrl,
            // Netlify names the kind of deploy in CONTEXT; anything but production is a preview.
            NoIndex = Environment.GetEnvironmentVariable("NETLIFY") == "true"
                && Environment.GetEnvironmentVariable("CONTEXT") is { Length: > 0 } and not "production",
            Search = options.Pagefind is not null,
            Navigation = [.. contentPages.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new NavigationLink(p.Title, "/" + p.Path))],
        };
    }

    /// <summary>input/briefings/*, in name order, but those whose name starts with '.' or '_'.</summary>
    internal static List<string> BriefingFolders(string input)
    {
        var root = Path.Combine(input, "briefings");
        if (!Directory.Exists(root))
        {
            return [];
        }

        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
        return [.. Directory.EnumerateDirectories(root, "*", options)
            .Where(path => Path.GetFileName(path)[0] is not ('.' or '_')).Order(StringComparer.Ordinal)];
    }

    /// <summary>--base-url, else Netlify's URL (the deploy's own for previews), else site.yml's.</summary>
    private static string? ChooseBaseUrl(BuildOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return options.BaseUrl.TrimEnd('/');
        }

        // Production is served at the site's own URL; previews and branch deploys at their deploy URL.
        var preview = Environment.GetEnvironmentVariable("CONTEXT") != "production";
        var netlify = Environment.GetEnvironmentVariable("NETLIFY") != "true" ? null
            : (preview ? Environment.GetEnvironmentVariable("DEPLOY_PRIME_URL") : null) ?? Environment.GetEnvironmentVariable("URL");
        return !string.IsNullOrWhiteSpace(netlify) && LoadSite.IsAbsoluteHttpUrl(netlify) ? netlify.TrimEnd('/') : null;
    }
}
