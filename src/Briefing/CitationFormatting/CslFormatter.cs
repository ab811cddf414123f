using System.Text.RegularExpressions;
using Briefing.Csl;
using Briefing.Incremental;
using Briefing.Loading;

namespace Briefing.CitationFormatting;

/// <summary>The build's citation styles, compiled once: the page's and the full-note one for notes without the bibliography.</summary>
/// <param name="memo">Formatted citations kept from earlier builds, when the build keeps a cache.</param>
internal sealed partial class CslFormatter(Lazy<CslStyle> pageStyle, Lazy<CslStyle> fullStyle, string? locale, CitationMemo? memo = null)
{
    // Compiled when first used: a build whose citations are all kept from the last one compiles none.
    private static readonly Lazy<CslStyle> BundledPage = LoadCitationStyle.CompiledBundled[LoadCitationStyle.DefaultStyle];
    private static readonly Lazy<CslStyle> BundledFull = LoadCitationStyle.CompiledBundled["chicago-fullnote-bibliography"];
    private static readonly CslFormatter Bundled = new(BundledPage, BundledFull, null);

    // What is done to the processor's HTML, kept with it: one delegate each, so that kept output is found again.
    private static readonly Func<string, string> PunctuatedOnly = Punctuated;
    private static readonly Func<string, string> LinkedAndPunctuated = html => Linked(Punctuated(html));

    // The processors of each run's citations and bibliography, made when first used and shared by every run.
    private CslProcessor? _pageCitations;
    private CslProcessor? _fullCitations;
    private CslProcessor? _bibliography;

    /// <summary>The site's style from site.yml, or the bundled Chicago ones (in its locale); a memo keeps what it formats.</summary>
    public static CslFormatter For(CitationStyle? style, CitationMemo? memo = null) => style switch
    {
        null when memo is null => Bundled,
        null or { Name: LoadCitationStyle.DefaultStyle } => new CslFormatter(BundledPage, BundledFull, style?.Locale, memo),
        _ => new CslFormatter(new Lazy<CslStyle>(style.Style), new Lazy<CslStyle>(style.Style), style.Locale, memo),
    };

    /// <summary>What a site's formatted citations depend on besides what is cited: the program, the style and the locale.</summary>
    public static string Identity(CitationStyle? style) => string.Join(' ', Incremental.BriefingHash.Program,
        style is null or { Name: LoadCitationStyle.DefaultStyle } ? "bundled" : style.Fingerprint, style?.Locale ?? "");

    /// <summary>Whether the style writes its citations as notes (Chicago) rather than in the text (APA).</summary>
    public bool IsNoteStyle => pageStyle.Value.Class == "note";

    /// <summary>Each citation as HTML, in the page's style or the full-note one.</summary>
    public IReadOnlyList<string> Citations(IReadOnlyList<NoteCitation> citations, bool full)
    {
        var items = new Dictionary<string, Csl.CslItem>(StringComparer.Ordinal);
        var input = new List<CslCitation>(citations.Count);
        foreach (var citation in citations)
        {
            foreach (var (item, _) in citation.Cites)
            {
                items.TryAdd(item.Id, item.ForProcessor());
            }

            input.Add(new CslCitation([.. citation.Cites.Select(c => c.Cite)]) { NoteNumber = citation.Note });
        }

        var processor = full ? _fullCitations ??= new CslProcessor(fullStyle.Value, [], locale, finish: LinkedAndPunctuated)
            : _pageCitations ??= new CslProcessor(pageStyle.Value, [], locale, finish: PunctuatedOnly);
        return processor.Process(items, input, includeBibliography: false).Citations;
    }

    /// <summary>What <paramref name="make"/> formats, or what the memo kept of it under <paramref name="key"/>.</summary>
    /// <param name="valid">Whether kept strings are what <paramref name="make"/> could give (their number, their ids).</param>
    public string[] Kept<TState>(UInt128 key, TState state, Func<TState, string[]> make, Func<string[], bool> valid) =>
        memo is not null ? memo.Get(key, state, make, valid) : make(state);

    /// <summary>The bibliography of the items, sorted as the page's style sorts it.</summary>
    public IReadOnlyList<CslEntry> Bibliography(IEnumerable<Content.CslItem> items)
    {
        var sources = items as IReadOnlyList<Content.CslItem> ?? [.. items];
        // Kept as id, entry, id, entry, …
        var kept = Kept(MemoKey.Of(sources), (this, sources), state => [.. state.Item1.Format(state.sources).SelectMany(e => new[] { e.Id, e.Html })],
            strings => strings.Length % 2 == 0 && strings.Where((_, i) => i % 2 == 0).All(id => sources.Any(s => s.Id == id)));
        return [.. kept.Chunk(2).Select(pair => new CslEntry(pair[0], pair[1]))];
    }

    private IReadOnlyList<CslEntry> Format(IReadOnlyList<Content.CslItem> sources)
    {
        var converted = sources.Select(source => source.ForProcessor()).ToDictionary(item => item.Id, StringComparer.Ordinal);
        var processor = _bibliography ??= new CslProcessor(pageStyle.Value, [], locale, finish: LinkedAndPunctuated);
        return processor.Process(converted, [], sources.Select(source => source.Id)).Bibliography;
    }

    /// <summary>
    /// A work not among the sources (the briefing itself): its entry in the full-note style's bibliography, or its first
    /// note where the style has none. Text to copy: its addresses are not made links.
    /// </summary>
    public string Reference(Layout.ReferenceWork work) =>
        Kept(MemoKey.Of(work), (this, work), state => [state.Item1.Format(state.work.Item())], strings => strings.Length == 1)[0];

    private string Format(Csl.CslItem item)
    {
        if (CslSingleEntry.Html(fullStyle.Value, item, locale) is { } entry)
        {
            return Punctuated(entry);
        }

        var processor = new CslProcessor(fullStyle.Value, [item], locale, keep: false);
        var entries = fullStyle.Value.HasBibliography ? processor.Process([], [item.Id], includeCitations: false).Bibliography : [];
        return Punctuated(entries.Count > 0 ? entries[0].Html
            : processor.Process([new CslCitation([new CslCite(item.Id)]) { NoteNumber = 1 }], includeBibliography: false).Citations[0]);
    }

    /// <summary>No comma or period inside closing quotes after a quotation's own "?" or "!", as pandoc writes it (not "?,”").</summary>
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

        var linked = Address().Replace(html, m => Link("", m.Value));
        return BareDoi().Replace(linked, m => Link("https://doi.org/", m.Value));
    }

    private static string Link(string origin, string text)
    {
        text = text.Replace("\"", "&#34;", StringComparison.Ordinal);
        return $"<a href=\"{origin}{text}\">{text}</a>";
    }

    [GeneratedRegex(@"(?<=^|[\s>(])https?://[^\s<>]+?(?=[.,;:]?(?:\s|<|$))")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<=\b[Dd][Oo][Ii]:\s?)10\.[^\s<>]+?(?=[.,;:]?(?:\s|<|$))")]
    private static partial Regex BareDoi();
}
