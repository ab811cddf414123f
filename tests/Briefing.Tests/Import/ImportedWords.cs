using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Rendering;
using DiffMatchPatch;

namespace Briefing.Tests.Import;

/// <summary>The words a reader sees: of Markdown as the site renders it, or of HTML, blocks and line breaks apart.</summary>
internal static class ImportedWords
{
    private static readonly MarkdownPipelines Pipelines = new();
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "IMG"];

    private static readonly HashSet<string> Inline =
    [
        "A", "ABBR", "ACRONYM", "EM", "STRONG", "B", "I", "SPAN", "CODE", "SUB", "SUP", "SMALL", "BIG", "TIME", "Q", "CITE", "U", "S", "MARK",
        "FONT", "WBR", "NOBR", "TT", "KBD", "SAMP", "VAR", "DFN", "BDI", "BDO", "DATA", "INS", "DEL", "STRIKE",
    ];

    public static List<string> OfMarkdown(string markdown) => OfHtml(Markdig.Markdown.ToHtml(markdown, Pipelines.Article));

    public static List<string> OfHtml(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var text = new System.Text.StringBuilder();
        Walk(document.Body!, text);
        return [.. text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
    }

    private static void Walk(INode node, System.Text.StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !Skipped.Contains(e.TagName))
            {
                var inline = Inline.Contains(e.TagName);
                text.Append(inline ? "" : " ");
                Walk(e, text);
                text.Append(inline ? "" : " ");
            }
        }
    }

    /// <summary>2 × the longest common word sequence ÷ both lengths: 1 when the sequences are equal.</summary>
    public static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 1;
        }

        var codes = new Dictionary<string, char>(StringComparer.Ordinal);
        string Encode(IEnumerable<string> words) => new([.. words.Select(w => codes.TryGetValue(w, out var c) ? c : codes[w] = (char)(0x100 + codes.Count))]);
        var dmp = new diff_match_patch { Diff_Timeout = 0 };
        var diffs = dmp.diff_main(Encode(a), Encode(b), false);
        var common = diffs.Where(d => d.operation == Operation.EQUAL).Sum(d => d.text.Length);
        return 2.0 * common / (a.Count + b.Count);
    }
}
