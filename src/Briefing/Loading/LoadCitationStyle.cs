using System.IO.Hashing;
using Briefing.Csl;

namespace Briefing.Loading;

/// <summary>site.yml's `citation_style` (a .csl file in input/, or a bundled or installed style's id) and `citation_locale`.</summary>
internal static class LoadCitationStyle
{
    /// <summary>Where Debian's citation-style-language-styles package installs its styles.</summary>
    public const string InstalledStyles = "/usr/share/citation-style-language/styles";

    public const string DefaultStyle = "chicago-note-bibliography";

    /// <summary>The styles bundled in the program (CitationStyles/), each compiled once for every build of the process, when first used.</summary>
    public static readonly IReadOnlyDictionary<string, Lazy<CslStyle>> CompiledBundled = new[] { DefaultStyle, "chicago-fullnote-bibliography" }
        .ToDictionary(id => id, id => new Lazy<CslStyle>(() => CslStyle.Parse(Bundled(id) ?? throw new InvalidOperationException($"The bundled style '{id}' is missing."))));

    /// <summary>The style site.yml names, or the default in the locale it names; null for the default as it is, or unusable.</summary>
    public static CitationStyle? Run(string inputFolder, ScalarNode? style, ScalarNode? locale, string language, DiagnosticBag diagnostics)
    {
        // Without either, the bundled default as it is: in US English, or in the site's language where CSL has a locale for it.
        if (style is null && locale is null && (language is "en" or "en-US" || !CslLocale.IsEmbedded(language)))
        {
            return null;
        }

        var name = style?.Value.Trim() ?? DefaultStyle;
        if (style is null || CompiledBundled.ContainsKey(name))
        {
            return CheckLocale(locale, diagnostics) ? new CitationStyle(name, CompiledBundled[name].Value, locale?.Value.Trim() ?? language, "bundled " + name) : null;
        }

        var xml = name.EndsWith(".csl", StringComparison.OrdinalIgnoreCase) ? FromInput(inputFolder, style, name, diagnostics) : ById(style, name, diagnostics);
        if (xml is null)
        {
            return null;
        }

        try
        {
            var fingerprint = new XxHash128();
            fingerprint.Append(Encoding.UTF8.GetBytes(xml));
            var compiled = CslStyle.Parse(xml, href =>
            {
                var parent = Bundled(IdOf(href)) ?? Installed(IdOf(href));
                fingerprint.Append(Encoding.UTF8.GetBytes(parent ?? ""));
                return parent;
            });
            return CheckLocale(locale, diagnostics)
                ? new CitationStyle(name, compiled, locale?.Value.Trim() ?? language, Convert.ToHexStringLower(fingerprint.GetCurrentHash())) : null;
        }
        catch (CslException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CitationStyle, style.At, $"The citation style '{name}' cannot be read: {e.Message}",
                "Use a CSL 1.0 style file, as the Zotero Style Repository gives it."));
            return null;
        }
    }

    /// <summary>A bundled style's XML; null when there is no such bundled style.</summary>
    public static string? Bundled(string id)
    {
        using var stream = typeof(LoadCitationStyle).Assembly.GetManifestResourceStream($"Briefing.CitationStyles.{id}.csl");
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }

    private static string? FromInput(string inputFolder, ScalarNode style, string name, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputFolder, name);
        if (ContentFile.IsPresent(path))
        {
            return InputBoundary.ReadText(inputFolder, path, diagnostics);
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CitationStyle, style.At, $"The citation style file '{name}' is not in the input folder.",
            "Put the .csl file in input/ and give its name, or give the id of an installed style such as apa."));
        return null;
    }

    private static string? ById(ScalarNode style, string id, DiagnosticBag diagnostics)
    {
        var xml = IsPlainId(id) ? Bundled(id) ?? Installed(id) : null;
        if (xml is null)
        {
            var installed = Directory.Exists(InstalledStyles) ? Directory.EnumerateFiles(InstalledStyles, "*.csl").Select(Path.GetFileNameWithoutExtension) : [];
            var known = IsPlainId(id) ? installed.OfType<string>().Order(StringComparer.Ordinal).Append(DefaultStyle) : [];
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CitationStyle, style.At, $"There is no citation style '{id}'.", Suggestions.DidYouMean(id, known,
                $"Give a .csl file in input/, or the id of a style in {InstalledStyles} (apt-get install citation-style-language-styles).")));
        }

        return xml;
    }

    private static string? Installed(string id) =>
        IsPlainId(id) && new[] { Path.Combine(InstalledStyles, id + ".csl"), Path.Combine(InstalledStyles, "dependent", id + ".csl") }
            .FirstOrDefault(File.Exists) is { } path ? File.ReadAllText(path) : null;

    /// <summary>A style's id from its URI (http://www.zotero.org/styles/apa → apa).</summary>
    private static string IdOf(string href) => href.TrimEnd('/').Split('/')[^1];

    private static bool IsPlainId(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool CheckLocale(ScalarNode? locale, DiagnosticBag diagnostics)
    {
        if (locale is null || CslLocale.IsEmbedded(locale.Value.Trim()))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CitationStyle, locale.At, $"There is no CSL locale '{locale.Value.Trim()}'.",
            "Give a language tag such as en-US, en-GB, de, fr or fr-CA."));
        return false;
    }
}
