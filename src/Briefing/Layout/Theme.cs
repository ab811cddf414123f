using Briefing.Loading;
using Scriban;
using Scriban.Syntax;

namespace Briefing.Layout;

/// <summary>The theme, read once per run: layouts compiled, assets minified and hashed; input/_theme/&lt;path&gt; overrides.</summary>
internal sealed record Theme(ImmutableDictionary<string, Template> Layouts, ImmutableArray<ThemeAsset> Assets)
{
    public static readonly string[] RequiredLayouts = ["_layout", "briefing", "index", "topic", "page", "404"];

    /// <summary>Layouts a theme may leave out: without "search" a site with search has no search page.</summary>
    public static readonly string[] OptionalLayouts = ["search"];

    /// <summary>An asset's path from the site's root by its name in theme/assets: "site.css" → "assets/site.1a2b3c4d.css".</summary>
    public string AssetPath(string name) =>
        Assets.FirstOrDefault(a => a.Name == name)?.OutputPath ?? throw new InvalidOperationException($"The theme has no asset '{name}'.");

    /// <summary>Like <see cref="AssetPath"/>, but empty when the theme has no such asset (a theme may leave out its script).</summary>
    public string OptionalAssetPath(string name) => Assets.FirstOrDefault(a => a.Name == name)?.OutputPath ?? "";

    /// <summary>Reads theme/ with the site's own replacements from input/_theme/ laid over it.</summary>
    public static Theme? Load(string themeFolder, string? inputFolder, DiagnosticBag diagnostics)
    {
        var overrides = inputFolder is null ? null : Path.Combine(inputFolder, "_theme");
        var layouts = ImmutableDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        foreach (var name in RequiredLayouts.Concat(OptionalLayouts))
        {
            if (Layout(name, themeFolder, inputFolder, overrides, diagnostics) is { } layout)
            {
                layouts[name] = layout;
            }
        }

        var assets = ReadAssets(Path.Combine(themeFolder, "assets"), inputFolder, overrides is null ? null : Path.Combine(overrides, "assets"), diagnostics);
        return RequiredLayouts.All(layouts.ContainsKey) ? new Theme(layouts.ToImmutable(), assets) : null;
    }

    /// <summary>A layout compiled, the site's replacement if it has one; null when broken or missing (an error unless optional).</summary>
    private static Template? Layout(string name, string themeFolder, string? inputFolder, string? overrides, DiagnosticBag diagnostics)
    {
        var relative = Path.Combine("layouts", name + ".sbn-html");
        var themeLayout = Path.Combine(themeFolder, relative);
        var overridden = overrides is not null && ContentFile.IsPresent(Path.Combine(overrides, relative));
        var path = overridden ? Path.Combine(overrides!, relative) : themeLayout;
        var file = ContentFile.DisplayPath(path);
        if (!overridden && !File.Exists(path))
        {
            if (!OptionalLayouts.Contains(name))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingArticle, SourceLocation.WholeFile(file),
                    $"The theme has no layout '{name}'.", "Restore it from the default theme."));
            }

            return null;
        }

        var text = overridden
            ? ThemeOverrides.ReadLayout(inputFolder!, path, File.Exists(themeLayout) ? File.ReadAllText(themeLayout) : null, diagnostics)
            : ContentFile.ReadText(path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var template = Template.Parse(text, path);
        foreach (var message in template.Messages)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue,
                new SourceLocation(file, message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                $"Template error: {message.Message}"));
        }

        return template.HasErrors ? null : template;
    }

    private static ImmutableArray<ThemeAsset> ReadAssets(string folder, string? inputFolder, string? overrideFolder, DiagnosticBag diagnostics)
    {
        // Relative name → file; a site's file of the same name wins over the theme's.
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = path;
            }
        }

        if (overrideFolder is not null)
        {
            foreach (var (name, path) in ThemeOverrides.Assets(inputFolder!, overrideFolder, diagnostics))
            {
                files[name] = path;
            }
        }

        var assets = ImmutableArray.CreateBuilder<ThemeAsset>();
        foreach (var (name, path) in files)
        {
            var overridden = inputFolder is not null && path.StartsWith(overrideFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            var read = overridden ? InputBoundary.ReadBytes(inputFolder!, path, diagnostics) : ContentFile.ReadBytes(path, diagnostics);

            // An override that could not be read is reported; the theme's own file keeps the pages whole while errors are collected.
            var themeFile = Path.Combine(folder, name);
            read ??= overridden && File.Exists(themeFile) ? ContentFile.ReadBytes(themeFile, diagnostics) : null;
            if (read is null)
            {
                continue;
            }

            var bytes = MinifyAsset.Run(name, read);

            // XXH128, as the cache uses: SHA-256 would load OpenSSL into every build just to name three files.
            var hash = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(bytes))[..10];
            var extension = Path.GetExtension(name);
            var hashed = name[..^extension.Length] + "." + hash + extension;
            assets.Add(new ThemeAsset(name, "assets/" + hashed, bytes));
        }

        return assets.ToImmutable();
    }
}

/// <summary>A theme file copied to the output under a name that carries its content hash.</summary>
internal sealed record ThemeAsset(string Name, string OutputPath, byte[] Content);
