using Briefing.Content;
using static Briefing.Citations.Fragment;

namespace Briefing.Citations;

/// <summary>
/// Later citations of a source. Subsequent: "Pollan, <i>Omnivore's Dilemma</i>, 3". For an
/// immediately repeated source the style uses no "Ibid." but drops the title too when there is an
/// author ("Pollan, 5"; just "Pollan" without a locator), as Chicago's 17th edition prefers.
/// </summary>
internal static class ChicagoShortNote
{
    public static Fragment Subsequent(CslItem item, Locator? locator) => Join(
        ", ",
        ChicagoContributors.Short(item),
        ChicagoTitles.Short(item),
        ChicagoLocators.ShortNote(item, locator));

    public static Fragment Ibid(CslItem item, Locator? locator)
    {
        var named = ChicagoContributors.Primary(item, bibliography: false) != Contributor.None;
        return Join(
            ", ",
            ChicagoContributors.Short(item),
            named ? Empty : ChicagoTitles.Short(item),
            ChicagoLocators.ShortNote(item, locator));
    }
}
