using System.Globalization;
using Briefing.Csl.Data;
using Briefing.Csl.Output;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;

namespace Briefing.Csl.Names;

/// <summary>Joins the names of one variable: delimiters, "and", et-al truncation and et-al-use-last.</summary>
internal static class NameList
{
    /// <summary>How many names show once et-al truncation applies.</summary>
    public static int Shown(int count, NameOptions options, RenderContext ctx)
    {
        var (min, useFirst) = options.EtAl(ctx);
        var shown = min is { } m && useFirst is { } first && count >= m && first < count ? first : count;
        if (ctx.State.EtAlUseFirst is { } expanded && !ctx.InSortKey)
        {
            shown = Math.Min(count, Math.Max(shown, expanded));
        }
        return shown;
    }

    public static Inline Render(string variable, IReadOnlyList<CslName> names, NameOptions options, NameElement? name,
        EtAlElement? etAl, RenderContext ctx)
    {
        var shown = Shown(names.Count, options, ctx);
        if (shown == 0)
        {
            return Inline.Empty;
        }
        var sortOrder = options["name-as-sort-order"];
        var rendered = new List<(Inline Text, bool Inverted)>();
        for (var i = 0; i < shown; i++)
        {
            var inverted = sortOrder == "all" || (sortOrder == "first" && i == 0);
            var level = ctx.State.GivenNameLevels.GetValueOrDefault(Key(variable, i));
            rendered.Add((NameFormatter.Format(names[i], options, name, inverted, level, ctx), inverted));
        }
        var delimiter = options.Delimiter;
        if (shown < names.Count)
        {
            return Truncated(rendered, names, options, etAl, name, ctx);
        }
        if (rendered.Count == 1)
        {
            return rendered[0].Text;
        }
        var and = options["and"] switch
        {
            "text" => ctx.Locale.Term("and", "long", false),
            "symbol" => "&",
            _ => null,
        };
        var parts = new List<Inline>();
        for (var i = 0; i < rendered.Count; i++)
        {
            if (i > 0)
            {
                var last = i == rendered.Count - 1;
                if (last && and is not null)
                {
                    var precedes = Precedes(options["delimiter-precedes-last"] ?? "contextual", rendered.Count >= 3, rendered[i - 1].Inverted);
                    parts.Add(Inline.Str((precedes ? delimiter : " ") + and + " "));
                }
                else
                {
                    parts.Add(Inline.Str(delimiter));
                }
            }
            parts.Add(rendered[i].Text);
        }
        return Inline.Concat(parts);
    }

    public static string Key(string variable, int index) => variable + ":" + index.ToString(CultureInfo.InvariantCulture);

    private static bool Precedes(string rule, bool contextual, bool afterInverted) => rule switch
    {
        "always" => true,
        "never" => false,
        "after-inverted-name" => afterInverted,
        _ => contextual,
    };

    private static Inline Truncated(List<(Inline Text, bool Inverted)> rendered, IReadOnlyList<CslName> names, NameOptions options,
        EtAlElement? etAl, NameElement? name, RenderContext ctx)
    {
        var delimiter = options.Delimiter;
        var parts = new List<Inline>();
        for (var i = 0; i < rendered.Count; i++)
        {
            if (i > 0)
            {
                parts.Add(Inline.Str(delimiter));
            }
            parts.Add(rendered[i].Text);
        }
        if (options.EtAlUseLast(ctx) && rendered.Count <= names.Count - 2)
        {
            var last = NameFormatter.Format(names[^1], options, name, options["name-as-sort-order"] == "all", 0, ctx);
            parts.Add(Inline.Str(delimiter + "\u2026 "));
            parts.Add(last);
            return Inline.Concat(parts);
        }
        var term = ctx.Locale.Term(etAl?.Term ?? "et-al", "long", false);
        if (string.IsNullOrEmpty(term))
        {
            return Inline.Concat(parts);
        }
        var precedes = Precedes(options["delimiter-precedes-et-al"] ?? "contextual", rendered.Count >= 2, rendered[^1].Inverted);
        parts.Add(Inline.Str(precedes ? delimiter : " "));
        parts.Add(Renderer.Format(ctx.Adjust(etAl?.Format ?? Formatting.None), RichText.Parse(term, ctx.Locale.Quotes), ctx.Locale));
        return Inline.Concat(parts);
    }
}
