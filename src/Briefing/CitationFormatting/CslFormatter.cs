using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Briefing.Content;
using Briefing.Csl;
using Briefing.Loading;

namespace Briefing.CitationFormatting;

/// <summary>
/// The build's citation styles, compiled once: the page's (short notes and bibliography) and the
/// full-note one for notes that travel without the bibliography. A site's own style serves both.
/// </summary>
internal sealed partial class CslFormatter
{
    private static readonly Lazy<CslFormatter> Bundled = new(() => new CslFormatter(
        Compile("chicago-note-bibliography"), Compile("chicago-fullnote-bibliography"), null));

    // What is done to the processor's HTML, kept with it: one delegate each, so that kept output is found again.
    private static readonly Func<string, string> PunctuatedOnly = Punctuated;
    private static readonly Func<string, string> LinkedAndPunctuated = html => Linked(Punctuated(html));

    private readonly CslStyle _page;
    private readonly CslStyle _full;
    private readonly string? _locale;

    // The processors of each run's citations and bibliography, made when first used and shared by every run.
    private CslProcessor? _pageCitations;
    private CslProcessor? _fullCitations;
    private CslProcessor? _bibliography;

    private CslFormatter(CslStyle page, CslStyle full, string? locale) => (_page, _full, _locale) = (page, full, locale);

    /// <summary>The formatter for a site: its style from site.yml, or the bundled Chicago styles (in the site's citation locale, if it names one).</summary>
    public static CslFormatter For(CitationStyle? style) => style switch
    {
        null => Bundled.Value,
        { Name: LoadCitationStyle.DefaultStyle } => new CslFormatter(Bundled.Value._page, Bundled.Value._full, style.Locale),
        _ => new CslFormatter(style.Style, style.Style, style.Locale),
    };

    /// <summary>Whether the style writes its citations as notes (Chicago) rather than in the text (APA).</summary>
    public bool IsNoteStyle => _page.Class == "note";

    /// <summary>Each citation (its cited items and note number) as HTML, in the page's style or the full-note one.</summary>
    public IReadOnlyList<string> Citations(IReadOnlyList<(IReadOnlyList<Content.CslItem> Items, IReadOnlyList<CslCite> Cites, int Note)> citations, bool full)
    {
        var items = new Dictionary<string, Csl.CslItem>(StringComparer.Ordinal);
        var input = new List<CslCitation>(citations.Count);
        foreach (var (cited, cites, note) in citations)
        {
            foreach (var item in cited)
            {
                // Each source converted once a run: a source cited again is found by its id.
                ref var converted = ref CollectionsMarshal.GetValueRefOrAddDefault(items, item.Id, out var known);
                if (!known)
                {
                    converted = CslItems.For(item);
                }
            }

            input.Add(new CslCitation(cites) { NoteNumber = note });
        }

        var processor = full ? _fullCitations ??= new CslProcessor(_full, [], _locale, finish: LinkedAndPunctuated)
            : _pageCitations ??= new CslProcessor(_page, [], _locale, finish: PunctuatedOnly);
        return processor.Process(items, input, includeBibliography: false).Citations;
    }

    /// <summary>The bibliography of the items, sorted as the page's style sorts it.</summary>
    public IReadOnlyList<CslEntry> Bibliography(IEnumerable<Content.CslItem> items)
    {
        var sources = items as IReadOnlyList<Content.CslItem> ?? [.. items];
        var converted = new Dictionary<string, Csl.CslItem>(sources.Count, StringComparer.Ordinal);
        var ids = new string[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var item = CslItems.For(sources[i]);
            (converted[item.Id], ids[i]) = (item, sources[i].Id);
        }

        var processor = _bibliography ??= new CslProcessor(_page, [], _locale, finish: LinkedAndPunctuated);
        return processor.Process(converted, [], ids).Bibliography;
    }

    /// <summary>
    /// A work that is not among the sources (the briefing itself), given as a CSL item: its entry in the
    /// full-note style's bibliography, or its first note where the style has no bibliography. Text to
    /// copy: its addresses are not made links.
    /// </summary>
    public string Reference(Csl.CslItem item) => Punctuated(CslSingleEntry.Html(_full, item, _locale) ?? Processed(item));

    private string Processed(Csl.CslItem item)
    {
        var processor = new CslProcessor(_full, [item], _locale, keep: false);
        var entry = _full.HasBibliography ? processor.Process([], [item.Id], includeCitations: false).Bibliography : [];
        return entry.Count > 0 ? entry[0].Html
            : processor.Process([new CslCitation([new CslCite(item.Id)]) { NoteNumber = 1 }], includeBibliography: false).Citations[0];
    }

    /// <summary>
    /// No comma or period moved inside closing quotes after a quotation's own "?" or "!", as pandoc
    /// writes it (the CSL test suite, after citeproc-js, keeps "?,”").
    /// </summary>
    private static string Punctuated(string html) => html.AsSpan().IndexOfAny('?', '!') < 0 ? html : DoubledPunctuation().Replace(html, "");

    [GeneratedRegex(@"(?<=[?!](?:</[a-z]+>)*)[,.](?=(?:</[a-z]+>)*[”’])")]
    private static partial Regex DoubledPunctuation();

    /// <summary>The http(s) addresses the style writes out (URL, DOI links) made links, as pandoc makes them; the escaped text, its quotes escaped too, serves as the href.</summary>
    /// <remarks>A DOI a style writes as "doi:10.…" links to https://doi.org/10.…, as citeproc links it.</remarks>
    private static string Linked(string html)
    {
        if (!html.Contains("http", StringComparison.Ordinal) && !html.Contains("doi:", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        var linked = Address().Replace(html, m =>
        {
            var url = m.Value.Replace("\"", "&#34;", StringComparison.Ordinal);
            return $"<a href=\"{url}\">{url}</a>";
        });
        return BareDoi().Replace(linked, m =>
        {
            var doi = m.Value.Replace("\"", "&#34;", StringComparison.Ordinal);
            return $"<a href=\"https://doi.org/{doi}\">{doi}</a>";
        });
    }

    [GeneratedRegex(@"(?<=^|[\s>(])https?://[^\s<>]+?(?=[.,;:]?(?:\s|<|$))")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<=\b[Dd][Oo][Ii]:\s?)10\.[^\s<>]+?(?=[.,;:]?(?:\s|<|$))")]
    private static partial Regex BareDoi();

    private static CslStyle Compile(string id) =>
        CslStyle.Parse(LoadCitationStyle.Bundled(id) ?? throw new InvalidOperationException($"The bundled style '{id}' is missing."));
}
