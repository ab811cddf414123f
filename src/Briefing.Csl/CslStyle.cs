using System.Xml;
using System.Xml.Linq;
using Briefing.Csl.Locale;

using Briefing.Csl.Style;

namespace Briefing.Csl;

/// <summary>A compiled CSL 1.0.2 style: parse once, reuse for every citation and bibliography.</summary>
public sealed class CslStyle
{
    private CslStyle() { }

    /// <summary>"in-text" or "note".</summary>
    public string Class { get; private init; } = "in-text";

    /// <summary>The style's default-locale, if it names one.</summary>
    public string? DefaultLocale { get; private init; }

    internal IReadOnlyDictionary<string, Element[]> Macros { get; private init; } = new Dictionary<string, Element[]>();

    internal Layout? Citation { get; private init; }

    internal Layout? Bibliography { get; private init; }

    internal IReadOnlyDictionary<string, string> Options { get; private init; } = new Dictionary<string, string>();

    internal IReadOnlyList<CslLocale> Locales { get; private init; } = [];

    internal bool RendersYearSuffix { get; private init; }

    /// <summary>Whether anything in the style reads an item's citation number (which differs from one run to the next).</summary>
    internal bool ReadsCitationNumber { get; private init; }

    /// <summary>Whether the style prints the note number of an item's first citation (which differs from one run to the next).</summary>
    internal bool ReadsFirstNoteNumber { get; private init; }

    // The locale chains asked for without extra locales: one per language, so that what is rendered with one is kept (RenderMemo).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LocaleChain> _chains = new(StringComparer.OrdinalIgnoreCase);

    public bool HasBibliography => Bibliography is not null;

    /// <summary>
    /// Parses a style. A dependent style is resolved through <paramref name="resolveParent"/>, which receives the
    /// independent parent's URI and returns its XML (or null when unknown).
    /// </summary>
    public static CslStyle Parse(string xml, Func<string, string?>? resolveParent = null)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (XmlException e)
        {
            throw new CslException($"The style is not well-formed XML: {e.Message}", e);
        }
        var root = document.Root ?? throw new CslException("The style is empty.");
        var parentLink = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "link"
            && (string?)e.Attribute("rel") == "independent-parent");
        if (parentLink is not null && !root.Elements().Any(e => e.Name.LocalName == "citation"))
        {
            var href = (string?)parentLink.Attribute("href") ?? "";
            var parentXml = resolveParent?.Invoke(href) ?? throw new CslException($"The independent parent style '{href}' was not found.");
            var parent = Parse(parentXml, resolveParent);
            var locale = (string?)root.Attribute("default-locale");
            return locale is null ? parent : parent.WithDefaultLocale(locale);
        }
        return FromRoot(root);
    }

    private CslStyle WithDefaultLocale(string locale) => new()
    {
        Class = Class,
        DefaultLocale = locale,
        Macros = Macros,
        Citation = Citation,
        Bibliography = Bibliography,
        Options = Options,
        Locales = Locales,
        RendersYearSuffix = RendersYearSuffix,
        ReadsCitationNumber = ReadsCitationNumber,
        ReadsFirstNoteNumber = ReadsFirstNoteNumber,
    };

    private static CslStyle FromRoot(XElement root)
    {
        XElement? Child(string name) => root.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        var styleNameOptions = StyleReader.NameOptions(root);
        var macros = root.Elements().Where(e => e.Name.LocalName == "macro")
            .GroupBy(e => (string?)e.Attribute("name") ?? "")
            .ToDictionary(g => g.Key, g => StyleReader.ReadChildren(g.First()));
        var citation = StyleReader.ReadLayout(Child("citation"), styleNameOptions, affixesInside: true);
        var bibliography = StyleReader.ReadLayout(Child("bibliography"), styleNameOptions, affixesInside: true);
        StyleReader.ResolveMacros([.. macros.Values, citation?.Children ?? [], bibliography?.Children ?? []], macros);
        return new CslStyle
        {
            Class = (string?)root.Attribute("class") ?? "in-text",
            DefaultLocale = (string?)root.Attribute("default-locale"),
            Macros = macros,
            Citation = citation,
            Bibliography = bibliography,
            Options = root.Attributes().ToDictionary(a => a.Name.LocalName, a => a.Value),
            RendersYearSuffix = root.Descendants().Any(e => e.Name.LocalName == "text" && (string?)e.Attribute("variable") == "year-suffix"),
            ReadsCitationNumber = Mentions(root, "citation-number"),
            ReadsFirstNoteNumber = Mentions(root, "first-reference-note-number"),
            Locales = root.Elements().Where(e => e.Name.LocalName == "locale").Select(CslLocale.FromElement).ToList(),
        };
    }

    private static bool Mentions(XElement root, string variable) =>
        root.Descendants().Any(e => e.Attributes().Any(a => a.Value.Contains(variable, StringComparison.Ordinal)));

    /// <summary>A style-level option such as page-range-format or demote-non-dropping-particle.</summary>
    internal string Option(string name, string fallback = "") => Options.TryGetValue(name, out var value) ? value : fallback;

    /// <summary>The locale chain for a language: the style's own locales, then the locale files, then en-US.</summary>
    internal LocaleChain LocaleFor(string? language, IReadOnlyList<CslLocale> extra) =>
        extra.Count == 0 ? _chains.GetOrAdd(language ?? "", _ => Chain(language, extra)) : Chain(language, extra);

    private LocaleChain Chain(string? language, IReadOnlyList<CslLocale> extra)
    {
        var lang = language ?? DefaultLocale ?? "en-US";
        var primary = lang.Split('-')[0];
        var chain = new List<CslLocale>();
        chain.AddRange(Locales.Where(l => string.Equals(l.Language, lang, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(Locales.Where(l => l.Language is not null && !l.Language.Contains('-', StringComparison.Ordinal)
            && string.Equals(l.Language, primary, StringComparison.OrdinalIgnoreCase) && !string.Equals(l.Language, lang, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(Locales.Where(l => l.Language is null));
        chain.AddRange(extra.Where(l => string.Equals(l.Language, lang, StringComparison.OrdinalIgnoreCase)));
        chain.AddRange(LocaleFiles.For(lang));
        chain.AddRange(LocaleFiles.For("en-US"));
        return new LocaleChain(lang, chain);
    }
}
