using Briefing.Csl.Disambiguation;
using Briefing.Csl.Output;
using Briefing.Csl.Processing;
using Briefing.Csl.Rendering;
using Briefing.Csl.Sorting;

namespace Briefing.Csl;

/// <summary>A bibliography entry: the item's id and its HTML fragment.</summary>
public sealed record CslEntry(string Id, string Html);

/// <summary>Formatted citations, in the order given, and the bibliography of the cited items.</summary>
public sealed record CslResult(IReadOnlyList<string> Citations, IReadOnlyList<CslEntry> Bibliography);

/// <summary>Formats citations and bibliographies of CSL-JSON items with a compiled style.</summary>
public sealed class CslProcessor
{
    private readonly CslStyle _style;
    private readonly Dictionary<string, CslItem> _items;
    private readonly Locale.LocaleChain _locale;
    private readonly IOutputFormat _format;
    private readonly RenderMemo? _memo;
    private readonly Func<string, string> _finish;
    private readonly int _nearNoteDistance;

    // What written output depends on besides the style and locale: the format and what is done to it after.
    private readonly Output _output;
    private readonly Func<Run, CslCitation, IReadOnlyList<Rendering.CiteContext>, bool, string> _citationText;

    /// <param name="items">The items; of two with the same id, the later one counts.</param>
    /// <param name="locale">A language tag that overrides the style's default-locale.</param>
    /// <param name="locales">Locales that take precedence over the embedded CSL locale files.</param>
    /// <param name="format">The output format of citations and entries.</param>
    /// <param name="keep">False where the items are seen once: nothing of them is kept for later runs.</param>
    /// <param name="finish">Applied to each citation and entry as written, before it is kept for later runs; the same function gives the same output.</param>
    public CslProcessor(CslStyle style, IEnumerable<CslItem> items, string? locale = null, IReadOnlyList<CslLocale>? locales = null,
        CslOutputFormat format = CslOutputFormat.Html, bool keep = true, Func<string, string>? finish = null)
    {
        _format = OutputFormats.For(format);
        _finish = finish ?? (html => html);
        _output = Outputs.GetOrAdd(new Output(_format, finish), o => o);
        _style = style;
        _items = new Dictionary<string, CslItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            _items[item.Id] = item;
        }
        _locale = style.LocaleFor(locale, locales ?? []);
        _nearNoteDistance = int.TryParse(style.Citation?.Option("near-note-distance"), out var distance) ? distance : 5;
        _citationText = (run, citation, contexts, startsNote) =>
            _finish(_format.Render(CitationFormatter.Format(citation, contexts, run, startsNote).TrimEnd(c => c == ' '), _locale.Quotes));
        // Extra locales make a locale chain of their own for each processor, which no later run would find.
        _memo = keep && locales is not { Count: > 0 } ? RenderMemo.For(style, _locale) : null;
    }

    /// <summary>Formats the citations as HTML fragments.</summary>
    public IReadOnlyList<string> ProcessCitations(IReadOnlyList<CslCitation> citations) => Process(citations).Citations;

    /// <summary>The bibliography of every item, numbered in the order of the given ids.</summary>
    public IReadOnlyList<CslEntry> Bibliography(IEnumerable<string> ids) =>
        Process(ids.Select(id => new CslCitation([new CslCite(id)])).ToList(), includeCitations: false).Bibliography;

    /// <summary>Formats citations and the bibliography of every item: cited ones first, then uncited ids, then the rest.</summary>
    /// <param name="includeBibliography">False leaves the bibliography out (empty) where only the citations are wanted.</param>
    public CslResult Process(IReadOnlyList<CslCitation> citations, IEnumerable<string>? uncited = null, bool includeCitations = true,
        bool includeBibliography = true) => Process(_items, citations, uncited, includeCitations, includeBibliography);

    /// <summary>
    /// As <see cref="Process(IReadOnlyList{CslCitation}, IEnumerable{string}?, bool, bool)"/>, with the given items in place of
    /// the processor's own (in their order, each keyed by its id): one processor serves runs of different items, also on several threads.
    /// </summary>
    public CslResult Process(IReadOnlyDictionary<string, CslItem> items, IReadOnlyList<CslCitation> citations, IEnumerable<string>? uncited = null,
        bool includeCitations = true, bool includeBibliography = true)
    {
        var run = new Run(_style, _locale, items, _memo);
        var positions = Positions.Assign(citations, _nearNoteDistance);
        var (cited, cites, known, allCited) = Cited(items, citations, positions, uncited);
        // Bibliography order numbers the items and orders year suffixes: not needed for citations that show neither.
        var order = includeBibliography || _style.ReadsCitationNumber || _style.Citation?.Option("disambiguate-add-year-suffix") == "true"
            ? Number(run, cited) : cited;
        Disambiguator.Apply(run, cites, order, allCited);
        var rendered = new List<string>(citations.Count);
        if (includeCitations && _style.Citation is not null)
        {
            for (int i = 0, next = 0; i < citations.Count; next += known[i], i++)
            {
                var startsNote = i == 0 || citations[i].NoteNumber is null || citations[i - 1].NoteNumber != citations[i].NoteNumber;
                var (citation, contexts) = (citations[i], positions[i]);
                var resolved = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cites).Slice(next, known[i]);
                rendered.Add(Citations.Text(run, citation, contexts, resolved, startsNote, _output, _citationText));
            }
        }
        // Where no item has a state of its own, the bibliography sorts as the numbering did.
        var bibliography = _style.Bibliography is null || !includeBibliography ? []
            : BibliographyFormatter.Format(run.States.Count == 0 ? order : cited, run.States.Count == 0, run, _output,
            entry => _finish(_format.Render(entry, _locale.Quotes))).ConvertAll(e => new CslEntry(e.Id, e.Text));
        return new CslResult(rendered, bibliography);
    }

    /// <summary>
    /// The known items, cited ones first, then uncited ids, then the rest; each known item's cites with their positions;
    /// the number of each citation's cites that are known; and whether every item is cited.
    /// </summary>
    private static (List<CslItem> Cited, List<(CslItem, Rendering.CiteContext)> Cites, int[] Known, bool AllCited) Cited(IReadOnlyDictionary<string, CslItem> items,
        IReadOnlyList<CslCitation> citations, List<Rendering.CiteContext[]> positions, IEnumerable<string>? uncited)
    {
        var cited = new List<CslItem>(items.Count);
        var cites = new List<(CslItem, Rendering.CiteContext)>();
        var known = new int[citations.Count];
        // Items are one an id, and compare by reference: seen in a set where there are many.
        var seen = items.Count > 32 ? new HashSet<CslItem>(ReferenceEqualityComparer.Instance) : null;
        for (var i = 0; i < citations.Count; i++)
        {
            for (var k = 0; k < citations[i].Cites.Count; k++)
            {
                if (items.TryGetValue(citations[i].Cites[k].Id, out var item))
                {
                    cites.Add((item, positions[i][k]));
                    known[i]++;
                    Add(item);
                }
            }
        }
        var allCited = cited.Count == items.Count;
        foreach (var id in uncited ?? [])
        {
            if (items.TryGetValue(id, out var item))
            {
                Add(item);
            }
        }
        // Where every item is cited or named already, there is no rest to add.
        foreach (var item in cited.Count < items.Count ? items.Values : [])
        {
            Add(item);
        }

        void Add(CslItem item)
        {
            if (seen?.Add(item) ?? !Contains(cited, item))
            {
                cited.Add(item);
            }
        }

        return (cited, cites, known, allCited);
    }

    private static bool Contains(List<CslItem> items, CslItem item)
    {
        foreach (var other in items)
        {
            if (ReferenceEquals(other, item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers the cited items by first citation, or by bibliography order when it sorts otherwise.</summary>
    private static List<CslItem> Number(Run run, List<CslItem> cited)
    {
        var numbers = run.Style.ReadsCitationNumber;
        for (var i = 0; i < cited.Count && numbers; i++)
        {
            run.States[cited[i].Id] = ItemState.Initial with { CitationNumber = i + 1 };
        }
        var layout = run.Style.Bibliography;
        if (layout is null || layout.Sort.Count == 0 || cited.Count < 2)
        {
            return cited;
        }
        var sorted = Sorter.Sort(cited, i => i, _ => CiteContext.Bibliography, layout, run, true);
        var numbered = layout.Sort[0] is { Descending: true } first && NumbersByCitation(first, run.Style) ? Enumerable.Reverse(sorted).ToList() : sorted;
        for (var i = 0; i < numbered.Count && numbers; i++)
        {
            run.States[numbered[i].Id] = ItemState.Initial with { CitationNumber = i + 1 };
        }
        return sorted;
    }

    private sealed record Output(IOutputFormat Format, Func<string, string>? Finish);

    // One of each, so that kept output compares its output by reference.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Output, Output> Outputs = new();

    private static bool NumbersByCitation(Style.SortKey key, CslStyle style) =>
        key.Variable == "citation-number" || (key.Macro is not null && style.Macros.GetValueOrDefault(key.Macro) is [Style.NumberElement { Variable: "citation-number" } or Style.TextElement { Variable: "citation-number" }, ..]);
}
