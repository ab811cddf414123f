using Briefing.Csl.Output;
using Briefing.Csl.Style;

namespace Briefing.Csl.Locale;

/// <summary>The locales a style consults in order: its own locale overrides, the locale file, its dialect, en-US.</summary>
internal sealed class LocaleChain
{
    private readonly IReadOnlyList<CslLocale> _locales;

    public LocaleChain(string language, IReadOnlyList<CslLocale> locales)
    {
        Language = language;
        _locales = locales;
        Quotes = new QuoteMarks(
            Term("open-quote", "long", false) ?? "\u201C",
            Term("close-quote", "long", false) ?? "\u201D",
            Term("open-inner-quote", "long", false) ?? "\u2018",
            Term("close-inner-quote", "long", false) ?? "\u2019");
        PunctuationInQuote = Option("punctuation-in-quote") == "true";
        LimitDayOrdinals = Option("limit-day-ordinals-to-day-1") == "true";
    }

    public string Language { get; }

    public QuoteMarks Quotes { get; }

    public bool PunctuationInQuote { get; }

    public bool LimitDayOrdinals { get; }

    public bool IsEnglish => Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    private string? Option(string name) =>
        _locales.Select(l => l.Options.GetValueOrDefault(name)).FirstOrDefault(v => v is not null);

    // What a date element shows in this locale depends on the two alone: found once for each element.
    private System.Collections.Concurrent.ConcurrentDictionary<DateElement, (IReadOnlyList<DatePartElement>, string?)>? _dateParts;

    /// <summary>The date parts a date element shows in this locale (<paramref name="resolve"/> finds them), kept for the element.</summary>
    public (IReadOnlyList<DatePartElement> Parts, string? Delimiter) DateParts(DateElement element,
        Func<DateElement, LocaleChain, (IReadOnlyList<DatePartElement>, string?)> resolve)
    {
        var kept = _dateParts ?? Interlocked.CompareExchange(ref _dateParts, new(ReferenceEqualityComparer.Instance), null) ?? _dateParts;
        return kept.TryGetValue(element, out var parts) ? parts : kept.GetOrAdd(element, resolve(element, this));
    }

    public DateElement? DateFormat(string form)
    {
        for (var i = 0; i < _locales.Count; i++)
        {
            if (_locales[i].Dates.TryGetValue(form, out var date))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>A term's text, falling back from verb-short to verb to long and from symbol to short to long.</summary>
    public string? Term(string name, string form, bool plural, string? gender = null)
    {
        foreach (var candidate in FormFallbacks(form))
        {
            var term = Find(name, candidate, gender);
            if (term is not null)
            {
                return plural ? term.Multiple : term.Single;
            }
        }
        return null;
    }

    public Term? Find(string name, string form, string? gender = null)
    {
        for (var i = 0; i < _locales.Count; i++)
        {
            if (_locales[i].Terms.TryGetValue(name, out var terms) && (Last(terms, form, gender, anyGender: gender is null) ?? Last(terms, form, null, false)) is { } match)
            {
                return match;
            }
        }
        return null;
    }

    /// <summary>The last term of the form in the gender (null: the neuter form), or in any gender.</summary>
    private static Term? Last(List<Term> terms, string form, string? gender, bool anyGender)
    {
        for (var i = terms.Count - 1; i >= 0; i--)
        {
            if (terms[i].Form == form && (anyGender || terms[i].GenderForm == gender))
            {
                return terms[i];
            }
        }
        return null;
    }

    /// <summary>The gender of a noun term such as "edition" or "month-01", for gendered ordinals.</summary>
    public string? Gender(string name) => Find(name, "long")?.Gender;

    private static readonly string[] VerbShortForms = ["verb-short", "verb", "long"], SymbolForms = ["symbol", "short", "long"],
        ShortForms = ["short", "long"], VerbForms = ["verb", "long"], LongForm = ["long"];

    private static string[] FormFallbacks(string form) => form switch
    {
        "verb-short" => VerbShortForms,
        "symbol" => SymbolForms,
        "short" => ShortForms,
        "verb" => VerbForms,
        "long" => LongForm,
        _ => [form],
    };

    /// <summary>The ordinal suffix for a number: a two-digit ordinal-NN match first, then the last digit, then "ordinal".</summary>
    public string Ordinal(int number, string? gender)
    {
        var source = _locales.FirstOrDefault(l => l.Terms.Keys.Any(k => k.StartsWith("ordinal", StringComparison.Ordinal)));
        if (source is null)
        {
            return "";
        }
        var chain = new LocaleChain(Language, [source]);
        var two = chain.Gendered($"ordinal-{number % 100:00}", gender);
        if (two is not null && (number <= 99 || two.Match != "whole-number"))
        {
            return two.Single;
        }
        var one = chain.Gendered($"ordinal-{number % 10:00}", gender);
        if (one is not null && (number <= 10 || one.Match is null or "last-digit"))
        {
            return one.Single;
        }
        return chain.Gendered("ordinal", gender)?.Single ?? "";
    }

    /// <summary>A long-form term in the gender asked for, or its neuter form.</summary>
    public Term? Gendered(string name, string? gender) =>
        _locales.Select(l => l.Terms.GetValueOrDefault(name)).OfType<List<Term>>().Select(terms =>
            terms.LastOrDefault(t => t.Form == "long" && gender is not null && t.GenderForm == gender)
            ?? terms.LastOrDefault(t => t.Form == "long" && t.GenderForm is null)).FirstOrDefault(t => t is not null);
}
