using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Csl.Output;
using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Number and label elements: numeric detection, ordinals, roman numerals and pluralized terms.</summary>
internal static partial class Numbers
{
    [GeneratedRegex(@"^\s*[\p{L}]*\d+[\p{L}]*(\s*(?:[-\u2013,&]|and)\s*[\p{L}]*\d+[\p{L}]*)*\s*$")]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"(\d+)|(\s*(?:[-\u2013,&]|\band\b)\s*)")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\d\s*(?:[-\u2013,&]|\band\b)\s*\S")]
    private static partial Regex Multiple();

    public static bool IsNumeric(string? value) => value is not null && NumericPattern().IsMatch(value);

    public static IEnumerable<Node> Number(NumberElement number, RenderContext ctx)
    {
        ctx.VariablesCalled++;
        var value = number.Variable == "locator" ? ctx.Cite.Locator : ctx.Text(number.Variable);
        if (value is null)
        {
            return [];
        }
        ctx.VariablesFound++;
        if (!IsNumeric(value))
        {
            return Evaluator.Leaf(number.Format, RichText.Parse(value, ctx.Locale.Quotes), ctx);
        }
        var gender = ctx.Locale.Gender(number.Variable);
        var text = Tokens().Replace(value.Trim(), m => m.Groups[1].Success
            ? FormatNumber(int.Parse(m.Value, CultureInfo.InvariantCulture), number.Form, gender, ctx)
            : Separator(m.Value));
        return Evaluator.Leaf(number.Format, Inline.Str(text), ctx);
    }

    private static string Separator(string separator) => separator.Trim() switch
    {
        "-" or "\u2013" => "\u2013",
        "," => ", ",
        "&" => " & ",
        "and" => " and ",
        _ => separator,
    };

    public static string FormatNumber(int n, string form, string? gender, RenderContext ctx) => form switch
    {
        "ordinal" => n.ToString(CultureInfo.InvariantCulture) + ctx.Locale.Ordinal(n, gender),
        "long-ordinal" when n is >= 1 and <= 10 =>
            ctx.Locale.Find($"long-ordinal-{n:00}", "long", gender)?.Single ?? FormatNumber(n, "ordinal", gender, ctx),
        "long-ordinal" => FormatNumber(n, "ordinal", gender, ctx),
        "roman" => Roman(n),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int n)
    {
        if (n is <= 0 or >= 4000)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }
        (int Value, string Numeral)[] table =
        [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ];
        var builder = new StringBuilder();
        foreach (var (value, numeral) in table)
        {
            while (n >= value)
            {
                builder.Append(numeral);
                n -= value;
            }
        }
        return builder.ToString();
    }

    public static IEnumerable<Node> Label(LabelElement label, RenderContext ctx)
    {
        var isLocator = label.Variable == "locator";
        var value = isLocator ? ctx.Cite.Locator : ctx.Text(label.Variable);
        if (value is null)
        {
            return [];
        }
        var term = isLocator ? ctx.Cite.Label ?? "page" : label.Variable;
        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => IsPlural(label.Variable, value),
        };
        var text = ctx.Locale.Term(term, label.Form, plural) ?? "";
        return text.Length == 0 ? [] : [LabelNode(label.Format, text, ctx)];
    }

    /// <summary>A label's term; a suffix starting with a period loses it when the term already ends with one.</summary>
    public static Node LabelNode(Formatting format, string term, RenderContext ctx)
    {
        if (format.Suffix is { } suffix && suffix.StartsWith('.') && term.EndsWith('.') && !format.StripPeriods)
        {
            format = format with { Suffix = suffix.Length <= 1 ? null : suffix[1..] };
        }
        return new GroupNode(ctx.Adjust(format), [new LeafNode(RichText.Parse(term, ctx.Locale.Quotes))]);
    }

    public static bool IsPlural(string variable, string value)
    {
        if (variable is "number-of-pages" or "number-of-volumes")
        {
            return int.TryParse(value.Trim(), out var count) && count > 1;
        }
        return Multiple().IsMatch(value);
    }
}
