using System.Globalization;
using Briefing.Content;

namespace Briefing.Citations;

/// <summary>US dates as Chicago writes them: "October 14, 2006", "June 2008", "2008".</summary>
internal static class ChicagoDates
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Spring", "Summer", "Autumn", "Winter",
    ];

    public static string? Text(CslDate? date)
    {
        if (date is null)
        {
            return null;
        }

        if (date.Year is not { } year)
        {
            return string.IsNullOrWhiteSpace(date.Literal) ? null : date.Literal;
        }

        var yearText = year.ToString(CultureInfo.InvariantCulture);
        if (date.Month is not { } month || month is < 1 or > 16)
        {
            return yearText;
        }

        var monthName = Months[month - 1];
        return date.Day is >= 1 and <= 31 && month <= 12
            ? $"{monthName} {date.Day.Value.ToString(CultureInfo.InvariantCulture)}, {yearText}"
            : $"{monthName} {yearText}";
    }

    public static string? Year(CslDate? date) => date switch
    {
        null => null,
        { Year: { } year } => year.ToString(CultureInfo.InvariantCulture),
        _ => string.IsNullOrWhiteSpace(date.Literal) ? null : date.Literal,
    };

    /// <summary>Sortable form; a source without a date sorts after dated ones, as CSL sorts empty keys last.</summary>
    public static string SortForm(CslDate? date) => date?.Year is { } year
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{date.Month ?? 0:D2}-{date.Day ?? 0:D2}")
        : "9999";
}
