using System.Text.RegularExpressions;
using Briefing.Loading;

namespace Briefing.Layout;

/// <summary>Replacements from input/_theme/: content, arriving by pull request, may restyle the site but never script it.</summary>
internal static partial class ThemeOverrides
{
    // Stylesheets, images and fonts: what restyling needs, and nothing a browser runs.
    private static readonly HashSet<string> AssetExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".svg", ".woff", ".woff2", ".ttf", ".otf",
    };

    /// <summary>The layout's text when it adds no script (a tag the theme's own layout has is none), else null with an error.</summary>
    public static string? ReadLayout(string inputFolder, string path, string? themeLayout, DiagnosticBag diagnostics)
    {
        var text = InputBoundary.ReadText(inputFolder, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        foreach (Match found in Script().Matches(text))
        {
            var end = text.IndexOfAny(['>', '\n'], found.Index);
            var tag = text[found.Index..(end < 0 ? text.Length : end + 1)];
            if (themeLayout?.Contains(tag, StringComparison.Ordinal) == true)
            {
                continue;
            }

            var line = 1 + text.AsSpan(0, found.Index).Count('\n');
            var column = found.Index - (text.LastIndexOf('\n', Math.Max(0, found.Index - 1)) + 1) + 1;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeScript, new SourceLocation(ContentFile.DisplayPath(path), line, column),
                "A layout in input/_theme/ may not add a script (a <script> element, an event-handler attribute or a javascript: URL).",
                "Remove the script; scripts are part of the theme in theme/, changed as code."));
            return null;
        }

        return text;
    }

    /// <summary>The override assets by name relative to <paramref name="folder"/>; a file that is not a stylesheet, image or font is an error.</summary>
    public static IEnumerable<(string Name, string Path)> Assets(string inputFolder, string folder, DiagnosticBag diagnostics)
    {
        foreach (var path in InputBoundary.Files(inputFolder, folder, "*", recursive: true, diagnostics))
        {
            if (AssetExtensions.Contains(Path.GetExtension(path)))
            {
                if (InputBoundary.Allows(inputFolder, path, diagnostics))
                {
                    yield return (Path.GetRelativePath(folder, path).Replace('\\', '/'), path);
                }

                continue;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ThemeScript, SourceLocation.WholeFile(ContentFile.DisplayPath(path)),
                "input/_theme/assets/ may hold only stylesheets, images and fonts (" + string.Join(", ", AssetExtensions.Order(StringComparer.Ordinal)) + ").",
                "Remove the file; scripts are part of the theme in theme/, changed as code."));
        }
    }

    // A script element, an event-handler attribute inside a tag, or a javascript: URL.
    [GeneratedRegex(@"<\s*/?\s*script\b|(?<=<[^>]*\s)on[a-z]+\s*=|javascript\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Script();
}
