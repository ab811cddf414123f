namespace Briefing.Citations;

/// <summary>
/// Where a cite stands relative to earlier cites of the same source, as CSL defines it. Ibid means
/// the immediately preceding cite (in the same cluster, or in the preceding cluster if that cluster
/// holds a single cite) is the same source and neither has a locator or both have the same one;
/// IbidWithLocator means the current cite adds or changes the locator. A cite without a locator
/// after one with a locator is Subsequent, not Ibid, because "ibid." would inherit the pinpoint.
/// </summary>
internal enum CitationPosition
{
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}
