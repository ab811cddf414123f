namespace Briefing.Rendering;

/// <summary>
/// A check beyond the build, warnings only: every source should be cited, a site-wide one by any briefing, a briefing's
/// own by that briefing.
/// </summary>
internal static class UnusedSources
{
    public static void Report(SourceLibrary shared, IReadOnlyList<RenderedBriefing> briefings, DiagnosticBag diagnostics)
    {
        var cited = new HashSet<CslItem>(briefings.SelectMany(b => b.Bibliography.Select(e => e.Item)), ReferenceEqualityComparer.Instance);
        var own = briefings.SelectMany(b => b.Sources.Sources.Values).Where(s => !shared.Sources.ContainsKey(s.Item.Id));
        foreach (var source in shared.Sources.Values.Concat(own).Distinct())
        {
            if (!cited.Contains(source.Item))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnusedSource, source.At,
                    $"The source '{source.Item.Id}' is not cited by any note.",
                    $"Cite it in a note with [@{source.Item.Id}], or remove it."));
            }
        }
    }
}
