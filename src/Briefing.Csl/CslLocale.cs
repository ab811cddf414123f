using System.Xml.Linq;
using Briefing.Csl.Locale;
using Briefing.Csl.Style;

namespace Briefing.Csl;

/// <summary>A CSL locale: terms, date formats and punctuation options, parsed once.</summary>
public sealed class CslLocale
{
    private CslLocale(string? language, IReadOnlyDictionary<string, List<Term>> terms,
        IReadOnlyDictionary<string, DateElement> dates, IReadOnlyDictionary<string, string> options)
    {
        Language = language;
        Terms = terms;
        Dates = dates;
        Options = options;
    }

    /// <summary>The locale's xml:lang, e.g. "en-US"; null for a style locale meant for every language.</summary>
    public string? Language { get; }

    internal IReadOnlyDictionary<string, List<Term>> Terms { get; }

    internal IReadOnlyDictionary<string, DateElement> Dates { get; }

    internal IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Whether an official CSL locale file is embedded for <paramref name="language"/> (e.g. "de", "fr-CA").</summary>
    public static bool IsEmbedded(string language) => LocaleFiles.For(language).Any();

    /// <summary>Parses a locale file (a <c>&lt;locale&gt;</c> root element).</summary>
    public static CslLocale Parse(string xml) => FromElement(XDocument.Parse(xml).Root!);

    internal static CslLocale FromElement(XElement root)
    {
        var language = root.Attributes().FirstOrDefault(a => a.Name.LocalName == "lang")?.Value;
        var terms = new Dictionary<string, List<Term>>();
        foreach (var term in root.Descendants().Where(e => e.Name.LocalName == "term"))
        {
            var parsed = ReadTerm(term);
            if (!terms.TryGetValue(parsed.Name, out var list))
            {
                terms[parsed.Name] = list = [];
            }
            list.Add(parsed);
        }
        var dates = root.Elements().Where(e => e.Name.LocalName == "date")
            .Select(StyleReader.ReadDate).Cast<DateElement>()
            .Where(d => d.Form is not null)
            .GroupBy(d => d.Form!).ToDictionary(g => g.Key, g => g.First());
        var options = root.Elements().Where(e => e.Name.LocalName == "style-options")
            .SelectMany(e => e.Attributes()).ToDictionary(a => a.Name.LocalName, a => a.Value);
        return new CslLocale(language, terms, dates, options);
    }

    private static Term ReadTerm(XElement term)
    {
        var single = term.Elements().FirstOrDefault(e => e.Name.LocalName == "single");
        var multiple = term.Elements().FirstOrDefault(e => e.Name.LocalName == "multiple");
        var text = single is null ? term.Value : single.Value;
        return new Term(
            (string?)term.Attribute("name") ?? "",
            (string?)term.Attribute("form") ?? "long",
            text,
            multiple?.Value ?? text,
            (string?)term.Attribute("gender"),
            (string?)term.Attribute("gender-form"),
            (string?)term.Attribute("match"));
    }
}
