using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Dates;

/// <summary>Date elements: localized or custom forms, ranges, seasons and eras.</summary>
internal static class DateRenderer
{
    public static Node? Render(DateElement element, RenderContext ctx)
    {
        ctx.VariablesCalled++;
        if (ctx.Suppressed.Contains(element.Variable) || !ctx.Item.Dates.TryGetValue(element.Variable, out var date))
        {
            return null;
        }
        var (parts, delimiter) = ctx.Locale.DateParts(element, Resolve);
        if (ctx.InSortKey)
        {
            ctx.VariablesFound++;
            var shown = parts.Select(p => p.Name).ToHashSet();
            var limited = date with
            {
                Parts = date.Parts.Select(p => new DateParts(p.Year, shown.Contains("month") ? p.Month : null, shown.Contains("day") ? p.Day : null)).ToList(),
            };
            return new LeafNode(Inline.Str(Sorting.SortValues.Date(limited) ?? ""));
        }
        Node content;
        if (date.Literal is not null || date.Parts.Count == 0)
        {
            if (date.Literal is null)
            {
                return null;
            }
            content = new LeafNode(RichText.Parse(date.Literal, ctx.Locale.Quotes));
        }
        else
        {
            var rendered = RenderParts(parts, delimiter, date, element.Variable, ctx);
            if (rendered is null)
            {
                return null;
            }
            content = rendered;
        }
        ctx.VariablesFound++;
        ctx.Found.Add(element.Variable);
        List<Node> children = YearSuffix(ctx) is { } suffix ? [content, suffix] : [content];
        return new TaggedNode(TagKind.Date, new GroupNode(ctx.Adjust(element.Format) with { Delimiter = null }, [.. children]),
            date.Literal is null ? YearsKey(date) : "");
    }

    private static string YearsKey(CslDate date) => date.Parts.Count == 1
        ? date.Parts[0].Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : string.Join(",", date.Parts.Select(p => p.Year));

    /// <summary>The year suffix, written once after the first date when the style does not place it itself.</summary>
    public static Node? YearSuffix(RenderContext ctx)
    {
        if (ctx.State.YearSuffix is not { } suffix || ctx.Style.RendersYearSuffix || ctx.YearSuffixShown)
        {
            return null;
        }
        ctx.YearSuffixShown = true;
        return new TaggedNode(TagKind.YearSuffix, new LeafNode(Inline.Str(suffix)), suffix);
    }

    /// <summary>The date parts a date element shows in a locale: its own, or the locale's form with the element's overrides.</summary>
    private static (IReadOnlyList<DatePartElement> Parts, string? Delimiter) Resolve(DateElement element, Locale.LocaleChain locale)
    {
        if (element.Form is null || locale.DateFormat(element.Form) is not { } localized)
        {
            return (element.Parts, element.Format.Delimiter);
        }
        var allowed = element.DateParts switch
        {
            "year" => new[] { "year" },
            "year-month" => ["year", "month"],
            _ => ["year", "month", "day"],
        };
        var parts = localized.Parts.Where(p => allowed.Contains(p.Name)).Select(p =>
        {
            var over = element.Parts.FirstOrDefault(o => o.Name == p.Name);
            return over is null ? p : p with
            {
                Form = over.Form ?? p.Form,
                RangeDelimiter = over.RangeDelimiter ?? p.RangeDelimiter,
                Format = Merge(p.Format, over.Format),
            };
        }).ToList();
        return (parts, localized.Format.Delimiter);
    }

    private static Formatting Merge(Formatting locale, Formatting style) => locale with
    {
        FontStyle = style.FontStyle ?? locale.FontStyle,
        FontVariant = style.FontVariant ?? locale.FontVariant,
        FontWeight = style.FontWeight ?? locale.FontWeight,
        TextDecoration = style.TextDecoration ?? locale.TextDecoration,
        VerticalAlign = style.VerticalAlign ?? locale.VerticalAlign,
        TextCase = style.TextCase ?? locale.TextCase,
        StripPeriods = style.StripPeriods || locale.StripPeriods,
    };

    private static Node? RenderParts(IReadOnlyList<DatePartElement> parts, string? delimiter, CslDate date, string variable, RenderContext ctx)
    {
        var start = date.Parts[0];
        var format = Formatting.None with { Delimiter = delimiter };
        if (!date.IsRange && !date.IsOpenRange)
        {
            var single = new List<Node>(parts.Count);
            for (var k = 0; k < parts.Count; k++)
            {
                single.AddIfNotNull(DatePartRenderer.Render(parts[k], start, date, variable, ctx));
            }
            return single.Count == 0 ? null : new GroupNode(format, [.. single]);
        }
        var end = date.Parts[1];
        var differing = date.IsOpenRange || start.Year != end.Year ? "year" : start.Month != end.Month ? "month" : start.Day != end.Day ? "day" : null;
        if (differing is null)
        {
            return RenderParts(parts, delimiter, date with { Parts = [start] }, variable, ctx);
        }
        var rangeDelimiter = parts.FirstOrDefault(p => p.Name == differing)?.RangeDelimiter ?? "\u2013";
        bool Varies(DatePartElement p) => differing == "year" || (differing == "month" ? p.Name != "year" : p.Name == "day");
        var nodes = new List<Node>();
        var i = 0;
        while (i < parts.Count)
        {
            if (!Varies(parts[i]))
            {
                nodes.AddIfNotNull(DatePartRenderer.Render(parts[i], start, date, variable, ctx));
                i++;
                continue;
            }
            var block = parts.Skip(i).TakeWhile(Varies).ToList();
            i += block.Count;
            nodes.Add(RangeBlock(block, delimiter, start, end, date, variable, rangeDelimiter, ctx));
        }
        return new GroupNode(format, [.. nodes]);
    }

    private static GroupNode RangeBlock(List<DatePartElement> block, string? delimiter, DateParts start, DateParts end, CslDate date,
        string variable, string rangeDelimiter, RenderContext ctx)
    {
        var first = block.Select(p => DatePartRenderer.Render(p, start, date, variable, ctx)).OfType<GroupNode>().ToList();
        var second = date.IsOpenRange ? [] : block.Select(p => DatePartRenderer.Render(p, end, date, variable, ctx)).OfType<GroupNode>().ToList();
        if (first.Count > 0)
        {
            first[^1] = first[^1] with { Format = first[^1].Format with { Suffix = null } };
        }
        if (second.Count > 0)
        {
            second[0] = second[0] with { Format = second[0].Format with { Prefix = null } };
        }
        var withDelimiter = Formatting.None with { Delimiter = delimiter };
        return new GroupNode(Formatting.None, [
            new GroupNode(withDelimiter, [.. first]),
            new LeafNode(Inline.Str(rangeDelimiter)),
            new GroupNode(withDelimiter, [.. second]),
        ]);
    }

    private static void AddIfNotNull(this List<Node> nodes, Node? node)
    {
        if (node is not null)
        {
            nodes.Add(node);
        }
    }
}
