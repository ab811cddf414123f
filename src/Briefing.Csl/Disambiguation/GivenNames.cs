using Briefing.Csl.Data;
using Briefing.Csl.Names;
using Briefing.Csl.Processing;

namespace Briefing.Csl.Disambiguation;

/// <summary>Expands names that share a family name but differ in given names: initials first, then full given names.</summary>
internal static class GivenNames
{
    /// <summary>The by-cite rule: in each ambiguous group, name by name, clashing names get initials or given names.</summary>
    public static void ByCite(Run run, IReadOnlyList<(string Id, IReadOnlyList<CslName> Names)> group)
    {
        var remaining = group.ToList();
        var positions = group.Count == 0 ? 0 : group.Max(g => g.Names.Count);
        for (var i = 0; i < positions && remaining.Count > 0; i++)
        {
            var column = remaining.Where(g => g.Names.Count > i).Select(g => (g.Id, Name: g.Names[i])).ToList();
            var hinted = new HashSet<string>();
            foreach (var (id, name) in column)
            {
                var rivals = column.Select(c => c.Name).Where(n => n != name && SameFamily(n, name)).ToList();
                if (rivals.Count == 0)
                {
                    continue;
                }
                Hint(run, id, name, rivals.Any(r => InitialsMatch(r, name)) ? NameFormatter.AddGivenName : NameFormatter.AddInitials);
                hinted.Add(id);
            }
            remaining.RemoveAll(g => hinted.Contains(g.Id));
        }
    }

    /// <summary>The all-names and primary-name rules: every clashing name is expanded, in every item.</summary>
    public static void Global(Run run, IEnumerable<IReadOnlyList<CslName>> nameLists, string rule)
    {
        var primary = rule.StartsWith("primary-name", StringComparison.Ordinal);
        var withInitials = rule.EndsWith("with-initials", StringComparison.Ordinal);
        var relevant = nameLists.SelectMany(l => primary ? l.Take(1) : l).Distinct().ToList();
        var hints = new Dictionary<string, int>();
        foreach (var family in relevant.GroupBy(n => (n.NonDroppingParticle, n.Family)).Where(g => g.Count() > 1))
        {
            foreach (var name in family)
            {
                var clash = family.Any(o => o != name && InitialsMatch(o, name));
                int? hint = (clash, withInitials, primary) switch
                {
                    (true, true, _) => null,
                    (true, false, true) => NameFormatter.AddGivenNameIfPrimary,
                    (true, false, false) => NameFormatter.AddGivenName,
                    (false, _, true) => NameFormatter.AddInitialsIfPrimary,
                    _ => NameFormatter.AddInitials,
                };
                if (hint is { } h)
                {
                    hints[NameFormatter.Key(name)] = h;
                }
            }
        }
        foreach (var id in run.Items.Keys)
        {
            run.States[id] = run.State(id) with { GivenNameLevels = hints };
        }
    }

    private static void Hint(Run run, string id, CslName name, int hint)
    {
        var state = run.State(id);
        var levels = new Dictionary<string, int>(state.GivenNameLevels) { [NameFormatter.Key(name)] = hint };
        run.States[id] = state with { GivenNameLevels = levels };
    }

    private static bool SameFamily(CslName a, CslName b) => a.Family == b.Family && a.NonDroppingParticle == b.NonDroppingParticle;

    private static bool InitialsMatch(CslName a, CslName b) =>
        a.Given is not null && b.Given is not null && Initials.Apply(a.Given, true, false, "") == Initials.Apply(b.Given, true, false, "");
}
