using System.Globalization;
using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Dates;

/// <summary>One date part: a year with its era, a month or season, a day.</summary>
internal static class DatePartRenderer
{
    public static GroupNode? Render(DatePartElement part, DateParts date, CslDate whole, string variable, RenderContext ctx)
    {
        var text = part.Name switch
        {
            "year" => Year(part, date, variable, ctx),
            "month" => Month(part, date, whole, ctx),
            "day" => date.Month is null or > 12 ? null : Day(part, date, ctx),
            _ => null,
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return new GroupNode(ctx.Adjust(part.Format), [new LeafNode(Inline.Str(text))]);
    }

    private static string? Year(DatePartElement part, DateParts date, string variable, RenderContext ctx)
    {
        if (date.Year == 0)
        {
            return null;
        }
        if (date.Year < 0)
        {
            return (-date.Year).ToString(CultureInfo.InvariantCulture) + " " + (ctx.Locale.Term("bc", "long", false) ?? "BC");
        }
        if (part.Form == "short")
        {
            return (date.Year % 100).ToString("00", CultureInfo.InvariantCulture);
        }
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Year < 1000 ? year + " " + (ctx.Locale.Term("ad", "long", false) ?? "AD") : year;
    }

    private static string? Month(DatePartElement part, DateParts date, CslDate whole, RenderContext ctx)
    {
        if (date.Month is null)
        {
            return whole.Season is { } season
                ? int.TryParse(season, out var s) && s is >= 1 and <= 4 ? ctx.Locale.Term($"season-{s:00}", "long", false) : season
                : null;
        }
        var month = date.Month.Value;
        if (month > 12)
        {
            var season = month <= 16 ? month - 12 : month <= 20 ? month - 16 : month - 20;
            return season is >= 1 and <= 4 ? ctx.Locale.Term($"season-{season:00}", part.Form == "short" ? "short" : "long", false) : null;
        }
        return part.Form switch
        {
            "numeric" => month.ToString(CultureInfo.InvariantCulture),
            "numeric-leading-zeros" => month.ToString("00", CultureInfo.InvariantCulture),
            "short" => ctx.Locale.Term(MonthTerm(month), "short", false),
            _ => ctx.Locale.Term(MonthTerm(month), "long", false),
        };
    }

    // The month terms' names ("month-01" to "month-12"), written once.
    private static readonly string[] MonthTerms = [.. Enumerable.Range(1, 12).Select(m => $"month-{m:00}")];

    private static string MonthTerm(int month) => month is >= 1 and <= 12 ? MonthTerms[month - 1] : $"month-{month:00}";

    private static string? Day(DatePartElement part, DateParts date, RenderContext ctx)
    {
        if (date.Day is not { } day)
        {
            return null;
        }
        return part.Form switch
        {
            "numeric-leading-zeros" => day.ToString("00", CultureInfo.InvariantCulture),
            "ordinal" when !ctx.Locale.LimitDayOrdinals || day == 1 =>
                Numbers.FormatNumber(day, "ordinal", ctx.Locale.Gender($"month-{date.Month:00}"), ctx),
            _ => day.ToString(CultureInfo.InvariantCulture),
        };
    }
}
