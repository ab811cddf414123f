using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Csl.Output;
using Briefing.Csl.Style;

namespace Briefing.Csl.Rendering;

/// <summary>Number and label elements: numeric detection, ordinals, roman numerals and pluralized terms.</summary>
internal static partial class Numbers
{
    /// <summary>Every piece between commas, hyphens and ampersands holds a digit and no space ("2nd", "L2", "3-5").</summary>
    public static bool IsNumeric(string? value) => value is not null && value
        .Replace(", ", ",", StringComparison.Ordinal).Replace("& ", "&", StringComparison.Ordinal)
        .Split([',', '-', '&'])
        .All(chunk => chunk.Any(char.IsDigit) && !chunk.Any(char.IsWhiteSpace));

    public static Node? Number(NumberElement number, RenderContext ctx)
    {
        ctx.VariablesCalled++;
        var value = number.Variable == "locator" ? ctx.Cite.Locator : ctx.Text(number.Variable);
        if (value is null)
        {
            return null;
        }
        ctx.VariablesFound++;
        var gender = ctx.Locale.Gender(number.Variable);
        var text = string.Concat(Split(value).Select(piece =>
            int.TryParse(piece, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? FormatNumber(n, number.Form, gender, ctx)
            : piece == "-" ? "\u2013" : piece));
        return Evaluator.Leaf(number.Format, Inline.Str(text), ctx);
    }

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

    public static Node? Label(LabelElement label, RenderContext ctx)
    {
        var isLocator = label.Variable == "locator";
        var value = isLocator ? ctx.Cite.Locator : ctx.Text(label.Variable);
        if (value is null)
        {
            return null;
        }
        if (isLocator && ctx.Cite.Label is null && (value.StartsWith(' ') || new string(value.SkipWhile(char.IsLetter).ToArray()).StartsWith(". ", StringComparison.Ordinal)))
        {
            return null;
        }
        var term = isLocator ? ctx.Cite.Label ?? "page" : label.Variable;
        var plural = label.Plural switch
        {
            "always" => true,
            "never" => false,
            _ => IsPlural(label.Variable, value),
        };
        var text = ctx.Locale.Term(term, label.Form, plural) ?? "";
        return text.Length == 0 ? null : LabelNode(label.Format, text, ctx);
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
        if (variable == "number-of-volumes")
        {
            return value.Trim() is not ("1" or "0");
        }
        return !value.Contains("\\-", StringComparison.Ordinal) && Split(value).Count > 1;
    }

    /// <summary>A number variable split into numbers and the separators and words between them.</summary>
    public static List<string> Split(string value)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        bool? separator = null;
        foreach (var c in value)
        {
            var isSeparator = c is ',' or ';' or '-' or '\u2013' || char.IsWhiteSpace(c);
            if (separator is { } previous && previous != isSeparator)
            {
                pieces.Add(current.ToString());
                current.Clear();
            }
            current.Append(c);
            separator = isSeparator;
        }
        if (current.Length > 0)
        {
            pieces.Add(current.ToString());
        }
        return pieces;
    }
}
