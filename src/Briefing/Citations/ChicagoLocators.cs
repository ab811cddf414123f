using Briefing.Content;

namespace Briefing.Citations;

/// <summary>
/// Pinpoints (the style's point-locators macros): a page is just its number; other labels are
/// abbreviated, and plural when the value names several places ("secs. 4–5").
/// </summary>
internal static class ChicagoLocators
{
    public static Fragment Label(Locator locator) => locator.Label == "page"
        ? Fragment.Empty
        : Fragment.Text(LocatorTerms.Abbreviate(locator.Label, IsPlural(locator.Value)));

    public static Fragment Value(Locator locator) => Fragment.Text(PageRange.Format(locator.Value));

    /// <summary>Label and value ("chap. 2", "33–35"), used in full notes and by the legal forms.</summary>
    public static Fragment Labelled(Locator? locator) => locator is null
        ? Fragment.Empty
        : Fragment.Join(" ", Label(locator), Value(locator));

    /// <summary>The pinpoint of a full note; without one, articles and chapters cite their page range.</summary>
    public static Fragment FirstNote(CslItem item, Locator? locator)
    {
        if (locator is null)
        {
            return CslTypes.Is(item, "article-journal chapter paper-conference")
                ? Fragment.Text(PageRange.Format(item.Page))
                : Fragment.Empty;
        }

        return CslTypes.Is(item, "legal_case") ? Fragment.Empty : Labelled(locator);
    }

    /// <summary>Short notes add the volume to a book's pinpoint: "3:45", "vol. 3, chap. 2".</summary>
    public static Fragment ShortNote(CslItem item, Locator? locator)
    {
        if (locator is null)
        {
            return Fragment.Empty;
        }

        var bookLike = CslTypes.Is(item, "book graphic motion_picture report song");
        var volume = Fragment.Text(item.Volume);
        if (locator.Label != "page")
        {
            var label = bookLike
                ? Fragment.Join(", ", Fragment.Text(item.Volume).Wrap("vol. ", string.Empty), Label(locator))
                : Label(locator);
            return Fragment.Join(" ", label, Value(locator));
        }

        return bookLike ? Fragment.Join(":", volume, Value(locator)) : Value(locator);
    }

    private static bool IsPlural(string value) =>
        value.AsSpan().IndexOfAny("-\u2013,&") >= 0 || value.Contains(" and ", StringComparison.Ordinal);
}
