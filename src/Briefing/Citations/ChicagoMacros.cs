using System.Globalization;
using Briefing.Content;

namespace Briefing.Citations;

/// <summary>The style's macros shared by notes and bibliography: edition, issued, publisher, access, legal cites.</summary>
internal static class ChicagoMacros
{
    private const string YearOnlyTypes = "book bill chapter legislation motion_picture paper-conference song thesis";

    public static bool HasIssued(CslItem item) => ChicagoDates.Text(item.Issued) is not null;

    public static bool HasPublisher(CslItem item) => CslTypes.Has(item.Publisher) || CslTypes.Has(item.PublisherPlace);

    /// <summary>"2nd ed." for a numeric edition; otherwise the edition as written.</summary>
    public static Fragment Edition(CslItem item, bool bibliography)
    {
        if (!CslTypes.Is(item, "book chapter graphic motion_picture paper-conference report song") || !CslTypes.Has(item.Edition))
        {
            return Fragment.Empty;
        }

        var edition = item.Edition!.Trim();
        if (int.TryParse(edition, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Fragment.Text(Ordinal(number) + " ed.");
        }

        return bibliography
            ? Fragment.Text(ChicagoTitles.CapitalizeFirst(Typography.Smarten(edition)) + ".")
            : Fragment.Text(Typography.Smarten(edition));
    }

    /// <summary>Books and laws give the year only; articles and web pages the full date; "n.d." when there is none.</summary>
    public static Fragment Issued(CslItem item)
    {
        if (HasIssued(item))
        {
            if (CslTypes.Is(item, "legal_case"))
            {
                var date = CslTypes.Has(item.ContainerTitle) ? ChicagoDates.Year(item.Issued) : ChicagoDates.Text(item.Issued);
                return Fragment.Join(" ", Fragment.Text(item.Authority), Fragment.Text(date));
            }

            return Fragment.Text(CslTypes.Is(item, YearOnlyTypes) ? ChicagoDates.Year(item.Issued) : ChicagoDates.Text(item.Issued));
        }

        // An undated web page is dated by its access date instead (see Access).
        return ChicagoDates.Text(item.Accessed) is not null && CslTypes.Has(item.Url)
            ? Fragment.Empty
            : Fragment.Text("n.d.");
    }

    public static Fragment Publisher(CslItem item) => item.Type switch
    {
        "thesis" => Fragment.Text(Typography.Smarten(item.Publisher)),
        "speech" => Fragment.Empty,
        _ => Fragment.Join(": ", Fragment.Text(Typography.Smarten(item.PublisherPlace)), Fragment.Text(Typography.Smarten(item.Publisher))),
    };

    /// <summary>"accessed June 18, 2008" when undated, then the DOI (as a doi.org link) or the URL.</summary>
    public static Fragment Access(CslItem item, bool bibliography)
    {
        var accessed = HasIssued(item)
            ? Fragment.Empty
            : Fragment.Text(ChicagoDates.Text(item.Accessed)).Wrap(bibliography ? "Accessed " : "accessed ", string.Empty);
        return Fragment.Join(bibliography ? ". " : ", ", accessed, Link(item));
    }

    public static Fragment Link(CslItem item)
    {
        if (CslTypes.Is(item, "legal_case"))
        {
            return Fragment.Empty;
        }

        return CslTypes.Has(item.Doi) ? Fragment.Link("https://doi.org/" + BareDoi(item.Doi!)) : Fragment.Link(item.Url);
    }

    /// <summary>"Pub. L. No. 83-703, 68 Stat. 919" for a statute (the style's legal-cites macro).</summary>
    public static Fragment LegalCites(CslItem item)
    {
        var section = Fragment.Text(item.Section).Wrap("§ ", string.Empty);
        if (CslTypes.Is(item, "legal_case"))
        {
            return CslTypes.Has(item.ContainerTitle)
                ? Fragment.Join(" ", Fragment.Text(item.Volume), Fragment.Text(item.ContainerTitle), section, Fragment.Text(item.Page))
                : Fragment.Text(item.Number).Wrap("No. ", string.Empty);
        }

        if (!CslTypes.Is(item, "bill legislation"))
        {
            return Fragment.Empty;
        }

        if (!CslTypes.Has(item.Number))
        {
            return Fragment.Join(" ", Fragment.Text(item.Volume), Fragment.Text(item.ContainerTitle), section);
        }

        var firstPage = item.Page?.Split('-', '\u2013')[0];
        return Fragment.Join(
            ", ",
            Fragment.Text(item.Number).Wrap("Pub. L. No. ", string.Empty),
            section,
            Fragment.Join(" ", Fragment.Text(item.Volume), Fragment.Text(item.ContainerTitle), Fragment.Text(firstPage)));
    }

    /// <summary>"late edition, sec. A" for newspapers.</summary>
    public static Fragment NewspaperLocators(CslItem item) => CslTypes.Is(item, "article-newspaper")
        ? Fragment.Join(
            ", ",
            Fragment.Text(Typography.Smarten(item.Edition)).Wrap(string.Empty, " edition"),
            Fragment.Text(item.Section).Wrap("sec. ", string.Empty))
        : Fragment.Empty;

    private static string BareDoi(string doi)
    {
        doi = doi.Trim();
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return doi[prefix.Length..].Trim();
            }
        }

        return doi;
    }

    private static string Ordinal(int number)
    {
        var suffix = (number % 100) is >= 11 and <= 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
