using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Chooses the branch of a choose element whose conditions hold for the item and cite.</summary>
internal static class Conditions
{
    public static IReadOnlyList<Element> Choose(ChooseElement choose, RenderContext ctx)
    {
        foreach (var branch in choose.Branches)
        {
            if (branch.Condition is null || Holds(branch.Condition, ctx))
            {
                return branch.Children;
            }
        }
        return [];
    }

    private static bool Holds(Condition condition, RenderContext ctx)
    {
        var results = condition.Tests.Select(t => Test(t.Test, t.Value, ctx));
        return condition.Match switch
        {
            "any" => results.Any(r => r),
            "none" => !results.Any(r => r),
            _ => results.All(r => r),
        };
    }

    private static bool Test(string test, string value, RenderContext ctx) => test switch
    {
        "type" => ctx.Item.Type == value,
        "variable" => HasVariable(value, ctx),
        "is-numeric" => Numbers.IsNumeric(value == "locator" ? ctx.Cite.Locator : ctx.Text(value)),
        "is-uncertain-date" => ctx.Item.Dates.TryGetValue(value, out var date) && date.Circa,
        "locator" => ctx.Cite.Locator is not null && (ctx.Cite.Label ?? "page") == value.Replace("sub-verbo", "sub verbo", StringComparison.Ordinal),
        "position" => !ctx.InBibliography && Position(value, ctx.Cite),
        "disambiguate" => ctx.State.Disambiguate == (value == "true"),
        _ => false,
    };

    private static bool HasVariable(string variable, RenderContext ctx)
    {
        if (ctx.Suppressed.Contains(variable))
        {
            return false;
        }
        return variable switch
        {
            "locator" => ctx.Cite.Locator is not null,
            "year-suffix" => ctx.State.YearSuffix is not null,
            "citation-number" => ctx.State.CitationNumber > 0,
            "citation-label" => true,
            "first-reference-note-number" => ctx.Cite.FirstNoteNumber is not null,
            _ => ctx.Text(variable) is not null || ctx.Item.Names.TryGetValue(variable, out var names) && names.Count > 0
                || ctx.Item.Dates.ContainsKey(variable),
        };
    }

    private static bool Position(string value, CiteContext cite) => value switch
    {
        "first" => cite.Position == Rendering.Position.First,
        "subsequent" => cite.Position != Rendering.Position.First,
        "ibid" => cite.Position is Rendering.Position.Ibid or Rendering.Position.IbidWithLocator,
        "ibid-with-locator" => cite.Position == Rendering.Position.IbidWithLocator,
        "near-note" => cite.NearNote,
        _ => false,
    };
}
