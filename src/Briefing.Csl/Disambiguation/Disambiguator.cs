using Briefing.Csl.Data;
using Briefing.Csl.Names;
using Briefing.Csl.Processing;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Disambiguation;

/// <summary>
/// Makes cites of different items read differently, in the order CSL gives: add names, add given names,
/// year suffixes, then the disambiguate condition for what is still ambiguous.
/// </summary>
internal sealed class Disambiguator
{
    private readonly Run _run;
    private readonly List<(CslItem Item, CiteContext Context)> _cites;

    private Disambiguator(Run run, List<(CslItem, CiteContext)> cites)
    {
        _run = run;
        _cites = cites;
    }

    private sealed record Cite(string Id, IReadOnlyList<CslName> Names, string Text)
    {
        /// <summary>The text's hash, found once for every run that reads the cite.</summary>
        public int Hash { get; } = StringComparer.Ordinal.GetHashCode(Text);
    }

    /// <summary>Cites compared by text, their kept hash first.</summary>
    private sealed class SameText : IEqualityComparer<Cite>
    {
        public static readonly SameText Instance = new();

        public bool Equals(Cite? x, Cite? y) => ReferenceEquals(x, y) || x is not null && y is not null && x.Hash == y.Hash && x.Text == y.Text;

        public int GetHashCode(Cite obj) => obj.Hash;
    }

    private static readonly CiteContext Uncited = new(null, null, Position.First, false, null);

    /// <param name="cites">The cites of the run, in order, with their positions.</param>
    /// <param name="order">The items in bibliography order, which year suffixes follow.</param>
    /// <param name="allCited">Every item of the run is cited: none reads as uncited.</param>
    public static void Apply(Run run, List<(CslItem Item, CiteContext Context)> cites, IReadOnlyList<CslItem> order, bool allCited = false)
    {
        var layout = run.Style.Citation;
        if (layout is null || run.Items.Count < 2 && layout.Option("givenname-disambiguation-rule", "by-cite") == "by-cite")
        {
            return; // one item's cites cannot be confused with another's (only a rule over all names looks inside one)
        }
        var givenRule = layout.Option("disambiguate-add-givenname") == "true" ? layout.Option("givenname-disambiguation-rule", "by-cite") : null;
        if (givenRule is null or "by-cite" && run.States.Count == 0 && ReadApart(run, cites, allCited))
        {
            return; // every item reads as no other item does, as earlier runs found
        }
        var cited = Cited(run, cites);
        var d = new Disambiguator(run, cited);
        if (givenRule is not null and not "by-cite")
        {
            GivenNames.Global(run, d.Render().SelectMany(c => c.Names.Count == 0 ? [] : new[] { c.Names }), givenRule);
        }
        var ambiguities = d.Ambiguities();
        if (ambiguities.Count > 0 && layout.Option("disambiguate-add-names") == "true")
        {
            ambiguities.ForEach(a => d.AddNames(a, givenRule));
            ambiguities = d.Ambiguities();
        }
        if (ambiguities.Count > 0 && givenRule == "by-cite")
        {
            ambiguities.ForEach(a => GivenNames.ByCite(run, a.Select(c => (c.Id, c.Names)).ToList()));
            ambiguities = d.Ambiguities();
        }
        if (ambiguities.Count > 0 && layout.Option("disambiguate-add-year-suffix") == "true")
        {
            AddYearSuffixes(run, ambiguities, order);
            ambiguities = d.Ambiguities();
        }
        foreach (var id in ambiguities.SelectMany(a => a).Select(c => c.Id))
        {
            run.States[id] = run.State(id) with { Disambiguate = true };
        }
    }

    /// <summary>
    /// Whether each cite that can be confused (without its locator) and each item uncited reads as no other item
    /// does, as earlier runs found or as the cites not yet read now read. Unless every item is cited, every item is
    /// checked as uncited too: more than needed, never less.
    /// </summary>
    private static bool ReadApart(Run run, List<(CslItem Item, CiteContext Context)> cites, bool allCited)
    {
        if (run.Memo is not { } memo)
        {
            return false;
        }
        foreach (var (item, context) in cites)
        {
            if (context.Position is not (Position.Ibid or Position.IbidWithLocator) && !memo.ReadsApartWithoutLocator(item, context)
                && !ReadsApartOnceRead(run, item, WithoutLocator(context)))
            {
                return false;
            }
        }
        foreach (var item in allCited ? [] : run.Items.Values)
        {
            if (!memo.ReadsApart(item, Uncited) && !ReadsApartOnceRead(run, item, Uncited))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads the item for the cite, as a run with clashes would, and whether it then reads apart.</summary>
    private static bool ReadsApartOnceRead(Run run, CslItem item, CiteContext context)
    {
        Read(run, item, context);
        return run.Memo!.ReadsApart(item, context);
    }

    private static CiteContext WithoutLocator(CiteContext context) =>
        context.Locator is null && context.Label is null ? context : context with { Locator = null, Label = null };

    /// <summary>The cites that can be confused, without locators, then every uncited item.</summary>
    private static List<(CslItem Item, CiteContext Context)> Cited(Run run, List<(CslItem Item, CiteContext Context)> cites)
    {
        var cited = new List<(CslItem, CiteContext)>(cites.Count + run.Items.Count);
        var citedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, context) in cites)
        {
            if (context.Position is not (Position.Ibid or Position.IbidWithLocator))
            {
                cited.Add((item, WithoutLocator(context)));
                citedIds.Add(item.Id);
            }
        }
        foreach (var item in run.Items.Values)
        {
            if (!citedIds.Contains(item.Id))
            {
                cited.Add((item, Uncited));
            }
        }
        return cited;
    }

    private List<Cite> Render()
    {
        var rendered = new List<Cite>(_cites.Count);
        foreach (var (item, context) in _cites)
        {
            rendered.Add(Read(_run, item, context));
        }

        return rendered;
    }

    /// <summary>How the item reads for the cite; noted in the memo while no item has a state of its own.</summary>
    private static Cite Read(Run run, CslItem item, CiteContext context)
    {
        var evaluation = run.Evaluate(item, run.Style.Citation!, context, false);
        var cite = evaluation.Derived((item.Id, run.Locale), static (e, at) => new Cite(at.Id,
            e.Node.Find(TagKind.Names).SelectMany(t => t.Names).ToList(), e.Rendered(at.Locale).PlainText()));
        if (run.States.Count == 0)
        {
            run.Memo?.Read(item, context, cite.Text);
        }

        return cite;
    }

    private List<List<Cite>> Ambiguities()
    {
        // Usually no two items read alike: found with one pass before anything is grouped.
        var cites = Render();
        var first = new Dictionary<Cite, string>(cites.Count, SameText.Instance);
        if (cites.TrueForAll(c => c.Text.Length == 0 || first.TryAdd(c, c.Id) || first[c] == c.Id))
        {
            return [];
        }

        return Grouped(cites);
    }

    private static List<List<Cite>> Grouped(List<Cite> cites) => cites
        .Where(c => c.Text.Length > 0)
        .GroupBy(c => c.Text)
        .Select(g => g.DistinctBy(c => c.Id).ToList())
        .Where(g => g.Count > 1)
        .ToList();

    /// <summary>Shows more names, n at a time, until items read differently (all items of the group get n).</summary>
    private void AddNames(List<Cite> group, string? givenRule)
    {
        if (givenRule == "by-cite")
        {
            GivenNames.ByCite(_run, group.Select(c => (c.Id, c.Names)).ToList());
        }
        var remaining = group.ToList();
        var max = group.Max(c => c.Names.Count);
        for (var n = 1; n <= max && remaining.Count > 0; n++)
        {
            var done = remaining.Where(x => remaining.All(y => y == x || Key(y, n, givenRule) != Key(x, n, givenRule))).ToList();
            if (done.Count == 0)
            {
                continue;
            }
            foreach (var cite in remaining)
            {
                _run.States[cite.Id] = _run.State(cite.Id) with { EtAlUseFirst = n };
            }
            remaining.RemoveAll(done.Contains);
        }
    }

    private static string Key(Cite cite, int n, string? rule) => string.Join(";", cite.Names.Take(n).Select((name, i) =>
    {
        var given = rule switch
        {
            "all-names" or "by-cite" => name.Given,
            "all-names-with-initials" => Initial(name),
            "primary-name" => i == 0 ? name.Given : null,
            "primary-name-with-initials" => i == 0 ? Initial(name) : null,
            _ => null,
        };
        return $"{name.Family}|{given}|{name.Literal}|{name.NonDroppingParticle}";
    }));

    private static string? Initial(CslName name) => name.Given is null ? null : Initials.Apply(name.Given, true, false, "");

    private static void AddYearSuffixes(Run run, List<List<Cite>> ambiguities, IReadOnlyList<CslItem> order)
    {
        var position = order.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var ids = ambiguities.SelectMany(a => a).Select(c => c.Id).Distinct().ToList();
        var groups = ids.Select(id => ambiguities.Where(a => a.Any(c => c.Id == id)).SelectMany(a => a).Select(c => c.Id).Distinct()
            .OrderBy(i => position.GetValueOrDefault(i, int.MaxValue)).ToList())
            .DistinctBy(g => string.Join("\u0001", g)).ToList();
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                run.States[group[i]] = run.State(group[i]) with { YearSuffix = Letters(i) };
            }
        }
    }

    private static string Letters(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letters((index / 26) - 1) + (char)('a' + (index % 26));
}
