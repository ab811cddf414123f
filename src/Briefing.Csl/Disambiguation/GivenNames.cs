using Briefing.Csl.Data;
using Briefing.Csl.Names;
using Briefing.Csl.Processing;

namespace Briefing.Csl.Disambiguation;

/// <summary>Expands names that share a family name but differ in given names: initials first, then full given names.</summary>
internal static class GivenNames
{
    /// <summary>The by-cite rule: names expand only among cites that are still ambiguous.</summary>
    public static void ByCite(Run run, List<string> group, string rule) => Expand(run, group, rule, primaryOnly: false);

    /// <summary>The all-names and primary-name rules: every clashing name expands, ambiguous or not.</summary>
    public static void Global(Run run, List<CslItem> items, string rule) =>
        Expand(run, items.Select(i => i.Id).ToList(), rule, primaryOnly: rule.StartsWith("primary-name", StringComparison.Ordinal));

    private static void Expand(Run run, List<string> ids, string rule, bool primaryOnly)
    {
        var initialsOnly = rule.EndsWith("with-initials", StringComparison.Ordinal);
        var all = ids.SelectMany(id => Names(run.Items[id], primaryOnly).Select(n => (Id: id, n.Key, n.Name))).ToList();
        foreach (var (id, key, name) in all)
        {
            var rivals = all.Where(o => o.Id != id && o.Name.Family == name.Family && o.Name.Given != name.Given
                && (rule != "by-cite" || o.Key == key)).Select(o => o.Name).ToList();
            if (rivals.Count == 0 || name.Given is null)
            {
                continue;
            }
            var level = rivals.All(r => Initial(r.Given) != Initial(name.Given)) || initialsOnly ? 1 : 2;
            var state = run.State(id);
            var levels = new Dictionary<string, int>(state.GivenNameLevels) { [key] = Math.Max(level, state.GivenNameLevels.GetValueOrDefault(key)) };
            run.States[id] = state with { GivenNameLevels = levels };
        }
    }

    private static string Initial(string? given) => string.IsNullOrEmpty(given) ? "" : given[..1];

    private static IEnumerable<(string Key, CslName Name)> Names(CslItem item, bool primaryOnly)
    {
        foreach (var (variable, names) in item.Names)
        {
            for (var i = 0; i < (primaryOnly ? Math.Min(1, names.Count) : names.Count); i++)
            {
                yield return (NameList.Key(variable, i), names[i]);
            }
        }
    }
}
