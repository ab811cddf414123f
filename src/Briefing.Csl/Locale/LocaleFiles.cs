using System.Collections.Concurrent;

namespace Briefing.Csl.Locale;

/// <summary>The official CSL locale files embedded in the library, parsed on first use.</summary>
internal static class LocaleFiles
{
    private static readonly Dictionary<string, string> PrimaryDialects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["af"] = "af-ZA",
        ["bg"] = "bg-BG",
        ["ca"] = "ca-AD",
        ["cs"] = "cs-CZ",
        ["cy"] = "cy-GB",
        ["da"] = "da-DK",
        ["de"] = "de-DE",
        ["el"] = "el-GR",
        ["en"] = "en-US",
        ["es"] = "es-ES",
        ["et"] = "et-EE",
        ["eu"] = "eu",
        ["fa"] = "fa-IR",
        ["fi"] = "fi-FI",
        ["fr"] = "fr-FR",
        ["he"] = "he-IL",
        ["hr"] = "hr-HR",
        ["hu"] = "hu-HU",
        ["id"] = "id-ID",
        ["is"] = "is-IS",
        ["it"] = "it-IT",
        ["ja"] = "ja-JP",
        ["km"] = "km-KH",
        ["ko"] = "ko-KR",
        ["la"] = "la",
        ["lt"] = "lt-LT",
        ["lv"] = "lv-LV",
        ["mn"] = "mn-MN",
        ["nb"] = "nb-NO",
        ["nl"] = "nl-NL",
        ["nn"] = "nn-NO",
        ["pl"] = "pl-PL",
        ["pt"] = "pt-PT",
        ["ro"] = "ro-RO",
        ["ru"] = "ru-RU",
        ["sk"] = "sk-SK",
        ["sl"] = "sl-SI",
        ["sr"] = "sr-RS",
        ["sv"] = "sv-SE",
        ["th"] = "th-TH",
        ["tr"] = "tr-TR",
        ["uk"] = "uk-UA",
        ["vi"] = "vi-VN",
        ["zh"] = "zh-CN",
        ["ar"] = "ar",
    };

    private static readonly ConcurrentDictionary<string, CslLocale?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The embedded locale for a language tag, trying the tag, then its primary dialect.</summary>
    public static IEnumerable<CslLocale> For(string language)
    {
        var exact = Load(language);
        if (exact is not null)
        {
            yield return exact;
        }
        var primary = language.Split('-')[0];
        if (PrimaryDialects.TryGetValue(primary, out var dialect) && !dialect.Equals(language, StringComparison.OrdinalIgnoreCase)
            && Load(dialect) is { } fallback)
        {
            yield return fallback;
        }
    }

    private static CslLocale? Load(string language) => Cache.GetOrAdd(language, static lang =>
    {
        using var stream = typeof(LocaleFiles).Assembly.GetManifestResourceStream($"Briefing.Csl.Locales.locales-{lang}.xml");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return CslLocale.Parse(reader.ReadToEnd());
    });
}
