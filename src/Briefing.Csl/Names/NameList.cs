using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Names;

/// <summary>Joins the names of one variable: delimiters, "and", et-al truncation and et-al-use-last.</summary>
internal static class NameList
{
    /// <summary>How many names show before "et al.", or null when the list is not truncated.</summary>
    public static int? Threshold(IReadOnlyList<CslName> names, NameOptions options, RenderContext ctx)
    {
        var (min, useFirst) = options.EtAl(ctx);
        var count = names.Count;
        if (min is { } m && count >= m)
        {
            return ctx.State.EtAlUseFirst is { } expanded && useFirst is { } first ? Math.Max(first, expanded) : useFirst;
        }
        return min is { } && names[^1].Literal == "others" ? count - 1 : null;
    }

    /// <summary>The names as shown, each with its own formatting, the delimiters and "and" or "et al." between them.</summary>
    public static (Inline Text, int Shown) Render(IReadOnlyList<CslName> names, NameOptions options, NameElement? name,
        Formatting nameFormat, EtAlElement? etAl, RenderContext ctx)
    {
        var count = names.Count;
        var threshold = Threshold(names, options, ctx);
        var useLast = options.EtAlUseLast(ctx);
        var delimiter = TrimDelimiter(options.Delimiter, nameFormat);
        string? lastPrefix = null; // found when a last name follows others
        var parts = new List<Inline>(count);
        var shown = 0;
        for (var idx = 1; idx <= count; idx++)
        {
            Inline Name() => Renderer.Format(ctx.Adjust(nameFormat), NameFormatter.Format(names[idx - 1], options, name, idx, ctx), ctx.Locale);
            if (threshold == 0)
            {
                break;
            }
            if (idx == 1 || (idx == count && useLast && idx - 1 >= threshold))
            {
                parts.Add(Name());
                shown++;
            }
            else if (threshold is { } t && idx - 1 > t)
            {
                continue;
            }
            else if (threshold is { } u && idx - 1 == u)
            {
                if (!ctx.InSortKey)
                {
                    parts.Add(EtAl(etAl, useLast, BeforeEtAl(options, delimiter, nameFormat, count, u), ctx));
                }
            }
            else
            {
                var prefix = ctx.InSortKey ? "" : idx == count
                    ? lastPrefix ??= LastPrefix(options, delimiter, nameFormat, Inverted(names[count - 2], count - 1, options), count, ctx)
                    : delimiter;
                parts.Add(Renderer.Format(Formatting.None with { Prefix = prefix }, Name(), ctx.Locale));
                shown++;
            }
        }
        parts.RemoveAll(p => p.IsEmpty);
        return (Inline.Concat(Punctuation.Fix(parts)), shown);
    }

    /// <summary>What goes before the last name: the delimiter (if it precedes the last) and the "and" term.</summary>
    private static string LastPrefix(NameOptions options, string delimiter, Formatting nameFormat, bool afterInverted, int count, RenderContext ctx)
    {
        var and = options["and"] switch
        {
            "symbol" => ctx.Locale.Find("and", "symbol")?.Single ?? "&",
            "text" => ctx.Locale.Find("and", "long")?.Single,
            _ => null,
        };
        if (and is null)
        {
            return delimiter;
        }
        var beforeLast = (options["delimiter-precedes-last"] ?? "contextual") switch
        {
            "always" => delimiter,
            "never" => "",
            "after-inverted-name" => afterInverted ? delimiter : "",
            _ => count > 2 ? delimiter : "",
        };
        var preSpace = beforeLast.Length == 0 ? (EndsWithSpace(nameFormat.Suffix) ? "" : " ") : (EndsWithSpace(beforeLast) ? "" : " ");
        var postSpace = StartsWithSpace(nameFormat.Prefix) ? "" : " ";
        return beforeLast + preSpace + and + postSpace;
    }

    /// <summary>Whether the name at a 1-based position is written family first.</summary>
    private static bool Inverted(CslName name, int order, NameOptions options) =>
        name.Literal is null && name.IsWestern && (options.NameAsSortOrder == "all" || (options.NameAsSortOrder == "first" && order == 1));

    private static string BeforeEtAl(NameOptions options, string delimiter, Formatting nameFormat, int count, int threshold)
    {
        var preSpace = EndsWithSpace(nameFormat.Suffix) ? "" : " ";
        var sortOrder = options.NameAsSortOrder;
        return (options["delimiter-precedes-et-al"] ?? "contextual") switch
        {
            "always" => delimiter,
            "never" => preSpace,
            "after-inverted-name" => sortOrder == "all" || (sortOrder == "first" && threshold < 2) ? delimiter : preSpace,
            _ => count > 2 && threshold > 1 ? delimiter : preSpace,
        };
    }

    private static Inline EtAl(EtAlElement? etAl, bool useLast, string before, RenderContext ctx)
    {
        if (etAl is null && useLast)
        {
            return Inline.Str(before + "\u2026 ");
        }
        var term = ctx.Locale.Term(etAl?.Term ?? "et-al", "long", false);
        if (string.IsNullOrEmpty(term))
        {
            return Inline.Empty;
        }
        var format = etAl?.Format ?? Formatting.None;
        var prefix = (before + format.Prefix).Replace("  ", " ", StringComparison.Ordinal);
        return Renderer.Format(ctx.Adjust(format with { Prefix = prefix }), RichText.Parse(term, ctx.Locale.Quotes), ctx.Locale);
    }

    private static string TrimDelimiter(string delimiter, Formatting nameFormat) =>
        (EndsWithSpace(nameFormat.Prefix), StartsWithSpace(nameFormat.Suffix)) switch
        {
            (true, true) => delimiter.Trim(),
            (false, true) => delimiter.TrimStart(),
            (true, false) => delimiter.TrimEnd(),
            _ => delimiter,
        };

    private static bool EndsWithSpace(string? text) => !string.IsNullOrEmpty(text) && char.IsWhiteSpace(text[^1]);

    private static bool StartsWithSpace(string? text) => !string.IsNullOrEmpty(text) && char.IsWhiteSpace(text[0]);
}
