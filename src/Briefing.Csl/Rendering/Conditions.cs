using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Chooses the branch of a choose element whose conditions hold for the item and cite.</summary>
internal static class Conditions
{
    public static Element[] Choose(ChooseElement choose, RenderContext ctx)
    {
        var branches = choose.Branches;
        for (var i = 0; i < branches.Length; i++)
        {
            ref readonly var branch = ref branches[i];
            if (branch.Condition is null || (branch.TypeMask != 0 ? TypesHold(branch.Match, branch.TypeMask, ctx) : Holds(branch.Condition, ctx)))
            {
                return branch.Children;
            }
        }
        return [];
    }

    /// <summary>Whether a condition on item types alone holds: the item's type bit against the types' mask.</summary>
    private static bool TypesHold(ConditionMatch match, ulong mask, RenderContext ctx)
    {
        var bit = ctx.Item.TypeBit;
        return match switch
        {
            ConditionMatch.Any => (mask & bit) != 0,
            ConditionMatch.None => (mask & bit) == 0,
            _ => bit != 0 && mask == bit,
        };
    }

    private static bool Holds(Condition condition, RenderContext ctx)
    {
        // Each test reads the item or cite only: the first that decides the match ends it.
        var decisive = condition.Match != ConditionMatch.All;
        foreach (var test in condition.Tests)
        {
            if (Test(test, ctx) == decisive)
            {
                return condition.Match == ConditionMatch.Any;
            }
        }
        return condition.Match != ConditionMatch.Any;
    }

    private static bool Test(ConditionValue test, RenderContext ctx)
    {
        var value = test.Value;
        return test.Test switch
        {
            ConditionTest.Type => ctx.Item.Type == value,
            ConditionTest.Variable => HasVariable(value, ctx),
            ConditionTest.IsNumeric => Numbers.IsNumeric(value == "locator" ? ctx.Cite.Locator : ctx.Text(value)),
            ConditionTest.IsUncertainDate => ctx.Item.Dates.TryGetValue(value, out var date) && date.Circa,
            ConditionTest.Locator => ctx.Cite.Locator is not null && (ctx.Cite.Label ?? "page") == value.Replace("sub-verbo", "sub verbo", StringComparison.Ordinal),
            ConditionTest.Position => !ctx.InBibliography && Position(value, ctx.Cite),
            ConditionTest.Disambiguate => ctx.State.Disambiguate == (value == "true"),
            _ => false,
        };
    }

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
            "page-first" => ctx.Text(variable) is not null,
            _ => ctx.Item.Present.Contains(variable),
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
