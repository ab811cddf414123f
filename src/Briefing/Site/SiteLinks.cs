using System.Net;
using System.Text.RegularExpressions;
using Briefing.Layout;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Rendering;

namespace Briefing.Site;

/// <summary>`briefing check`: every link and #fragment within the site must land on a page and id; reported where written.</summary>
internal static partial class SiteLinks
{
    public static void Check(IReadOnlyList<SiteFile> files, IReadOnlyList<RenderedBriefing> briefings, string inputFolder, string baseUrl,
        DiagnosticBag diagnostics)
    {
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var ids = pages.ToDictionary(p => p.Key, p => Id().Matches(p.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal));

        foreach (var (page, html) in pages)
        {
            foreach (var href in Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct(StringComparer.Ordinal))
            {
                if (Resolve(page, href, baseUrl) is not (var path, var fragment))
                {
                    continue;
                }

                var problem = !paths.Contains(path) ? $"leads to '{href}', which the site does not have"
                    : fragment.Length > 0 && ids.TryGetValue(path, out var targetIds) && !targetIds.Contains(fragment)
                        ? $"leads to '#{fragment}', which '{path}' does not have"
                        : null;
                if (problem is not null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenLink, WhereWritten(page, href, briefings, inputFolder),
                        $"A link on /{page} {problem}.", "Fix the link, or link to a page and heading that exist."));
                }
            }
        }
    }

    /// <summary>The output path and fragment a link points to, or null when it leaves the site.</summary>
    private static (string Path, string Fragment)? Resolve(string page, string href, string baseUrl)
    {
        // An absolute link into the site, or a root-relative one under the base URL's path (404.html's links).
        var basePath = Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri) ? baseUri.AbsolutePath.TrimEnd('/') : "";
        if (href.StartsWith(baseUrl + "/", StringComparison.Ordinal))
        {
            href = href[baseUrl.Length..];
        }
        else if (basePath.Length > 0 && href.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            href = href[basePath.Length..];
        }

        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(href))
        {
            return null;
        }

        var parts = href.Split('#', 2);
        var fragment = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        var pathPart = parts[0].Split('?', 2)[0];
        var combined = pathPart.Length == 0 ? page
            : pathPart.StartsWith('/') ? pathPart[1..]
            : page[..(page.LastIndexOf('/') + 1)] + pathPart;
        var resolved = new Uri(new Uri("https://site.invalid/"), Uri.UnescapeDataString(combined)).AbsolutePath.TrimStart('/');
        if (resolved.Length == 0 || resolved.EndsWith('/'))
        {
            resolved += "index.html";
        }

        return (resolved, fragment);
    }

    /// <summary>Where an editor wrote the link: in its briefing's article or notes, else the page as a whole.</summary>
    private static SourceLocation WhereWritten(string page, string href, IReadOnlyList<RenderedBriefing> briefings, string inputFolder)
    {
        var file = briefings.FirstOrDefault(b => page == BriefingPaths.Page(b.Article.Slug))?.Article.File;
        string[] candidates = file is null ? [] : [file, Path.Combine(Path.GetDirectoryName(file) ?? "", "annotations.yml")];
        return candidates.Select(candidate => InputBoundary.Find(inputFolder, candidate, href)).FirstOrDefault(at => at is not null)
            ?? SourceLocation.WholeFile(page);
    }

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex Id();

    [GeneratedRegex("\\s(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
