using Briefing.Csl.Output;
using Briefing.Csl.Processing;
using Briefing.Csl.Rendering;

namespace Briefing.Csl;

/// <summary>
/// The bibliography entry of one item seen once, as a processor's run over that item alone writes it: the
/// item is numbered 1 and evaluated fresh; sorting, disambiguation and author substitution have nothing to do.
/// </summary>
public static class CslSingleEntry
{
    /// <returns>The entry as HTML; null where the style has no bibliography, the entry is empty, or a run over the
    /// one item could do more (a given-name rule over all names), so that the caller asks a <see cref="CslProcessor"/>.</returns>
    public static string? Html(CslStyle style, CslItem item, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(item);
        if (style.Bibliography is null || style.Citation?.Option("givenname-disambiguation-rule", "by-cite") is not (null or "by-cite"))
        {
            return null;
        }

        var chain = style.LocaleFor(locale, []);
        var run = new Run(style, chain, new Dictionary<string, CslItem>(1, StringComparer.Ordinal) { [item.Id] = item }, memo: null);
        if (style.ReadsCitationNumber)
        {
            run.States[item.Id] = ItemState.Initial with { CitationNumber = 1 };
        }

        var format = OutputFormats.For(CslOutputFormat.Html);
        var entries = BibliographyFormatter.Format([item], true, run, format, entry => format.Render(entry, chain.Quotes));
        return entries.Count > 0 ? entries[0].Text : null;
    }
}
