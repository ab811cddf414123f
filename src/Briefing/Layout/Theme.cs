using System.Collections.Immutable;
using System.Security.Cryptography;
using Briefing.Diagnostics;
using Briefing.Loading;
using Scriban;

namespace Briefing.Layout;

/// <summary>
/// The theme, read once per run: Scriban layouts compiled once and reused for every page, and the
/// assets with a content hash in their file names.
/// </summary>
internal sealed class Theme
{
    public static readonly string[] RequiredLayouts = ["_layout", "briefing", "index"];

    private Theme(ImmutableDictionary<string, Template> layouts, ImmutableArray<ThemeAsset> assets)
    {
        Layouts = layouts;
        Assets = assets;
    }

    public ImmutableDictionary<string, Template> Layouts { get; }

    public ImmutableArray<ThemeAsset> Assets { get; }

    /// <summary>The site path of an asset by its name in theme/assets, e.g. "site.css" → "/assets/site.1a2b3c4d.css".</summary>
    public string AssetUrl(string name) =>
        Assets.FirstOrDefault(a => a.Name == name)?.OutputPath is { } path ? "/" + path : throw new InvalidOperationException($"The theme has no asset '{name}'.");

    public static Theme? Load(string themeFolder, DiagnosticBag diagnostics)
    {
        var layouts = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredLayouts)
        {
            var path = Path.Combine(themeFolder, "layouts", name + ".sbn-html");
            var file = ContentFile.DisplayPath(path);
            if (!File.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingArticle, SourceLocation.WholeFile(file),
                    $"The theme has no layout '{name}'.", "Restore it from the default theme."));
                continue;
            }

            var text = ContentFile.ReadText(path, diagnostics);
            if (text is null)
            {
                continue;
            }

            var template = Template.Parse(text, path);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue,
                    new SourceLocation(file, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                    $"Template error: {message.Message}"));
            }

            if (!template.HasErrors)
            {
                layouts[name] = template;
            }
        }

        var assets = ReadAssets(Path.Combine(themeFolder, "assets"), diagnostics);
        return layouts.Count == RequiredLayouts.Length ? new Theme(layouts.ToImmutable(), assets) : null;
    }

    private static ImmutableArray<ThemeAsset> ReadAssets(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var assets = ImmutableArray.CreateBuilder<ThemeAsset>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = ContentFile.ReadBytes(path, diagnostics);
            if (bytes is null)
            {
                continue;
            }

            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            var hashed = name[..^extension.Length] + "." + hash + extension;
            assets.Add(new ThemeAsset(name, "assets/" + hashed, bytes));
        }

        return assets.ToImmutable();
    }
}

/// <summary>A theme file copied to the output under a name that carries its content hash.</summary>
internal sealed record ThemeAsset(string Name, string OutputPath, byte[] Content);
