using Briefing.Csl.Processing;
using Briefing.Csl.Rendering;

namespace Briefing.Csl.Disambiguation;

/// <summary>
/// Makes cites of different items read differently, in the order CSL gives: add names, add given names,
/// the disambiguate condition, then year suffixes.
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

    public static void Apply(Run run, IEnumerable<(CslItem Item, CiteContext Context)> cites, IReadOnlyList<string> order)
    {
        var layout = run.Style.Citation;
        if (layout is null)
        {
            return;
        }
        var distinct = cites.Where(c => c.Context.Position is not (Position.Ibid or Position.IbidWithLocator))
            .Select(c => (c.Item, Context: c.Context with { Locator = null, Label = null, NearNote = false, FirstNoteNumber = null }))
            .Distinct().ToList();
        var disambiguator = new Disambiguator(run, distinct);
        var rule = layout.Option("givenname-disambiguation-rule", "by-cite");
        if (layout.Option("disambiguate-add-givenname") == "true" && rule != "by-cite")
        {
            GivenNames.Global(run, distinct.Select(c => c.Item).Distinct().ToList(), rule);
        }
        if (layout.Option("disambiguate-add-names") == "true")
        {
            disambiguator.AddNames();
        }
        if (layout.Option("disambiguate-add-givenname") == "true")
        {
            foreach (var group in disambiguator.Ambiguous())
            {
                GivenNames.ByCite(run, group, rule);
            }
        }
        foreach (var id in disambiguator.Ambiguous().SelectMany(g => g))
        {
            run.States[id] = run.State(id) with { Disambiguate = true };
        }
        if (layout.Option("disambiguate-add-year-suffix") == "true")
        {
            disambiguator.AddYearSuffixes(order);
        }
    }

    private string Render(CslItem item, CiteContext context, ItemState? state = null) =>
        _run.Text(_run.Evaluate(item, _run.Style.Citation!, context, false, state));

    /// <summary>Groups of item ids whose cites read the same.</summary>
    public List<List<string>> Ambiguous() => _cites
        .GroupBy(c => Render(c.Item, c.Context))
        .Select(g => g.Select(c => c.Item.Id).Distinct().ToList())
        .Where(ids => ids.Count > 1)
        .ToList();

    private void AddNames()
    {
        foreach (var group in Ambiguous())
        {
            var max = group.Max(id => _run.Items[id].Names.Values.Select(n => n.Count).DefaultIfEmpty(0).Max());
            var before = group.ToDictionary(id => id, _run.State);
            var start = CountDistinct(group);
            for (var n = 1; n <= max; n++)
            {
                foreach (var id in group)
                {
                    _run.States[id] = before[id] with { EtAlUseFirst = Math.Max(before[id].EtAlUseFirst ?? 0, n) };
                }
                if (CountDistinct(group) == group.Count)
                {
                    break;
                }
            }
            if (CountDistinct(group) <= start)
            {
                foreach (var id in group)
                {
                    _run.States[id] = before[id];
                }
            }
        }
    }

    private int CountDistinct(List<string> group) =>
        _cites.Where(c => group.Contains(c.Item.Id)).Select(c => Render(c.Item, c.Context)).Distinct().Count();

    private void AddYearSuffixes(IReadOnlyList<string> order)
    {
        var groups = Ambiguous();
        foreach (var group in groups)
        {
            var index = 0;
            foreach (var id in order.Where(group.Contains))
            {
                _run.States[id] = _run.State(id) with { YearSuffix = Letters(index++) };
            }
        }
    }

    private static string Letters(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letters((index / 26) - 1) + (char)('a' + (index % 26));
}
