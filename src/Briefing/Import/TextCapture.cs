using System.Text.RegularExpressions;

namespace Briefing.Import;

/// <summary>A plain-text capture (an article copied from a page): header lines give title, byline, date and publisher;
/// the body runs to the "Read the rest" or copyright line; short lines without closing punctuation are headings.</summary>
internal static partial class TextCapture
{
    public static ImportedArticle? Read(string text)
    {
        var blocks = Blocks(text);
        var header = blocks.FindLastIndex(b => Byline().IsMatch(b) || DateLine().IsMatch(b));
        header = header < 0 ? Math.Min(1, blocks.Count) - 1 : header;
        var end = blocks.FindIndex(header + 1, b => ReadTheRest().IsMatch(b) || Copyright().IsMatch(b));
        end = end < 0 ? blocks.Count : end;
        var body = blocks[(header + 1)..end];
        if (body.Count == 0 || body.All(b => b.Length < 2))
        {
            return null;
        }

        var copyright = blocks.Skip(header + 1).FirstOrDefault(b => Copyright().IsMatch(b));
        var rest = blocks.Select(b => ReadTheRest().Match(b)).FirstOrDefault(m => m.Success);
        var top = blocks[..Math.Max(header, 0)].Where(b => !Byline().IsMatch(b) && !DateLine().IsMatch(b) && UrlIn(b) is null).ToList();
        var publisher = top.LastOrDefault(b => copyright?.Contains(b, StringComparison.OrdinalIgnoreCase) == true);
        var titleLine = top.LastOrDefault(b => b != publisher) ?? blocks.FirstOrDefault(b => UrlIn(b) is null) ?? "";
        var kicker = Kicker().Match(titleLine);
        var dates = blocks[..(header + 1)].Select(b => DateLine().Match(b)).Where(m => m.Success).ToList();
        return new ImportedArticle
        {
            Title = kicker.Success ? kicker.Groups["title"].Value : titleLine,
            Kicker = kicker.Success ? kicker.Groups["kicker"].Value : null,
            Authors = Authors(blocks[..(header + 1)]),
            Publisher = publisher,
            Updated = DateOf(dates, updated: true),
            Published = DateOf(dates, updated: false),
            SourceUrl = blocks.Select(UrlIn).FirstOrDefault(u => u is not null),
            SourceLabel = rest?.Groups["label"].Value,
            Excerpt = rest is not null,
            CopyrightSeen = copyright,
            Markdown = Body(body),
        };
    }

    /// <summary>Paragraphs: runs of non-blank lines, each joined into one line.</summary>
    private static List<string> Blocks(string text) =>
        [.. Regex.Split(text.Replace("\r\n", "\n", StringComparison.Ordinal), @"\n[ \t]*\n")
            .Select(b => string.Join(' ', b.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Where(b => b.Length > 0)];

    private static string Body(List<string> body) => string.Join("\n\n", body.Select((block, i) =>
        (i + 1 < body.Count && IsHeading(block) && !IsHeading(body[i + 1]) ? "## " : "") + MarkdownText.Escape(block))) + "\n";

    private static bool IsHeading(string block) =>
        block.Length <= 80 && block.Split(' ').Length <= 10 && !".!?:;,\"'”’)".Contains(block[^1], StringComparison.Ordinal);

    private static ImmutableArray<Author> Authors(List<string> header)
    {
        var byline = header.Select(b => Byline().Match(b)).FirstOrDefault(m => m.Success);
        if (byline is null)
        {
            return [];
        }

        var names = byline.Groups["name"].Value;
        if (!byline.Groups["label"].Value.StartsWith("Authors", StringComparison.OrdinalIgnoreCase) && names.Split(',', 2) is [var one, var role])
        {
            return [new Author(one.Trim(), role.Trim())];
        }

        return [.. Regex.Split(names, @",\s*(?:and\s+)?|\s+and\s+|;\s*").Where(n => n.Length > 0).Select(n => new Author(n.Trim(), null))];
    }

    private static DateOnly? DateOf(List<Match> dates, bool updated)
    {
        var match = dates.FirstOrDefault(m => m.Groups["label"].Value.StartsWith("Updated", StringComparison.OrdinalIgnoreCase) == updated);
        return match is not null && DateTime.TryParseExact(match.Groups["date"].Value.Trim(), DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces, out var date) ? DateOnly.FromDateTime(date) : null;
    }

    private static readonly string[] DateFormats =
        ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "dddd, MMMM d, yyyy"];

    private static string? UrlIn(string block) => UrlLine().Match(block) is { Success: true } m ? m.Groups["url"].Value : null;

    [GeneratedRegex(@"^(?<label>By|Authors?|Written by)\b[:\s]\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?<label>Updated|Published|Posted|Date|Last updated)\s*(?:on)?[:\s]\s*(?<date>.{6,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^Read the rest of this (?:article|story) (?:on|at) (?:the )?(?<label>\S+) website\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadTheRest();

    [GeneratedRegex(@"^(?:Copyright|©)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?<kicker>[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?): (?<title>\S.+)$")]
    private static partial Regex Kicker();

    [GeneratedRegex(@"^(?:(?:URL|Source|Link|Original)\s*:\s*)?(?<url>https?://\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLine();
}
