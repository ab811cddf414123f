using System.Globalization;
using System.Text;
using Briefing.Csl.Data;
using Briefing.Csl.Processing;
using Briefing.Csl.Rendering;
using Briefing.Csl.Style;
using SortKey = Briefing.Csl.Style.SortKey;

namespace Briefing.Csl.Sorting;

/// <summary>The value an item sorts by for one key: a number, a date string or text; null sorts last.</summary>
internal static class SortValues
{
    private static readonly HashSet<string> NumberVariables =
    [
        "chapter-number", "collection-number", "edition", "issue", "number", "number-of-pages", "number-of-volumes",
        "volume", "page", "page-first", "citation-number", "part-number", "supplement-number", "printing-number",
    ];

    /// <summary>An item's value for a sort key as the words it is compared by; null when it has none.</summary>
    public static SortWords? Words(SortKey key, CslItem item, Layout layout, Run run, bool bibliography, CiteContext cite) =>
        key.Variable == "citation-number" ? new SortWords([Pad(run.State(item.Id).CitationNumber)])
            : Find(key, item, layout, run, bibliography, cite) is { } value ? new SortWords(Words(value)) : null;

    /// <summary>A sort value as words: case-folded, split at spaces, apostrophes and commas, punctuation dropped.</summary>
    private static string[] Words(string value)
    {
        var parts = value.ToLowerInvariant().Split([' ', '\'', '\u2019', ',', '\u02BE', '\u02BF'], StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (Kept(part) is { Length: > 0 } word)
            {
                words.Add(word);
            }
        }
        return [.. words];
    }

    /// <summary>The word's letters, digits and hyphens; the word itself where it has nothing else.</summary>
    private static string Kept(string word)
    {
        foreach (var c in word)
        {
            if (!IsKept(c))
            {
                return string.Concat(word.Where(IsKept));
            }
        }
        return word;
    }

    private static bool IsKept(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static string? Find(SortKey key, CslItem item, Layout layout, Run run, bool bibliography, CiteContext cite)
    {
        if (key.Macro is not null)
        {
            var ctx = run.Context(item, layout, cite, bibliography, key: key);
            var nodes = Evaluator.Evaluate(run.Style.Macros.GetValueOrDefault(key.Macro) ?? [], ctx);
            var text = run.Text(new GroupNode(Formatting.None, nodes));
            return text.Length == 0 ? null : text;
        }
        var variable = key.Variable ?? "";
        if (item.Names.TryGetValue(variable, out var names))
        {
            return string.Join("; ", names.Select(n => Name(n, run.Style)));
        }
        if (item.Dates.TryGetValue(variable, out var date))
        {
            return Date(date);
        }
        var value = item.Text.GetValueOrDefault(variable);
        if (value is null)
        {
            return null;
        }
        return NumberVariables.Contains(variable) && LeadingNumber(value) is { } number ? Pad(number) : Plain(value);
    }

    public static string Pad(int number) => number.ToString("D10", CultureInfo.InvariantCulture);

    private static int? LeadingNumber(string value)
    {
        var digits = new string(value.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return digits.Length is > 0 and < 10 ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    public static string? Date(CslDate date)
    {
        if (date.Parts.Count == 0)
        {
            return date.Literal;
        }
        var builder = new StringBuilder();
        foreach (var part in date.Parts.Take(2))
        {
            builder.Append(part.Year < 0 ? "0" : "1").Append((part.Year < 0 ? 10000 + part.Year : part.Year).ToString("D4", CultureInfo.InvariantCulture))
                .Append((part.Month ?? 0).ToString("D2", CultureInfo.InvariantCulture))
                .Append((part.Day ?? 0).ToString("D2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static string Name(CslName name, CslStyle style)
    {
        if (name.Literal is not null)
        {
            return Plain(name.Literal);
        }
        var never = style.Option("demote-non-dropping-particle", "display-and-sort") == "never";
        var family = never && name.NonDroppingParticle is not null ? name.NonDroppingParticle + " " + name.Family : name.Family;
        var rest = string.Join(" ", new[] { name.Given, name.DroppingParticle, never ? null : name.NonDroppingParticle, name.Suffix }
            .Where(p => !string.IsNullOrEmpty(p)));
        return Plain(family + " " + rest).Trim();
    }

    /// <summary>Text without markup or leading punctuation, as it compares.</summary>
    public static string Plain(string value)
    {
        var text = Output.RichText.Parse(value, Output.QuoteMarks.English).PlainText();
        return new string(text.SkipWhile(c => !char.IsLetterOrDigit(c)).ToArray());
    }
}
