using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Briefing.Import;

/// <summary>Inline HTML as Markdown; markup Markdown cannot say is dropped, text kept, and noted in <see cref="DroppedMarkup"/>.</summary>
internal sealed class MarkdownInlines(DroppedMarkup dropped, bool oneLine, bool inLink = false)
{
    private readonly MarkdownText _text = new();
    private readonly List<(int Open, int Close, int Length)> _emphasis = [];
    private int _closerEnd = -1;

    public void Add(INode node)
    {
        switch (node)
        {
            case IText text:
                _text.AppendText(text.Data);
                break;
            case IElement element when HtmlElements.IsLeftOut(element):
                dropped.Add(element.TagName.Equals("IMG", StringComparison.OrdinalIgnoreCase) ? "images left out" : "embedded or interactive elements left out");
                break;
            case IElement element:
                AddElement(element);
                break;
        }
    }

    public void AddChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Add(child);
        }
    }

    /// <summary>The Markdown so far, emphasis whose delimiters Markdown would not read as such left as plain text.</summary>
    public string Take()
    {
        var invalid = _emphasis.Where(e => !Flanks(e.Open, e.Close, e.Length)).ToList();
        var markdown = _text.Take();
        _emphasis.Clear();
        _closerEnd = -1;
        if (invalid.Count == 0)
        {
            return markdown;
        }

        dropped.Add("emphasis Markdown cannot place");
        var removed = invalid.SelectMany(e => Enumerable.Range(e.Open, e.Length).Concat(Enumerable.Range(e.Close, e.Length))).ToHashSet();
        return new string([.. markdown.Where((_, i) => !removed.Contains(i))]);
    }

    private void AddElement(IElement element)
    {
        switch (element.TagName.ToUpperInvariant())
        {
            case "BR" when oneLine:
                _text.Space();
                break;
            case "BR":
                _text.LineBreak();
                break;
            case "EM" or "I" or "CITE" or "DFN" or "VAR":
                Emphasis(element, "*");
                break;
            case "STRONG" or "B":
                Emphasis(element, "**");
                break;
            case "A":
                Link(element);
                break;
            case "CODE" or "KBD" or "SAMP" or "TT":
                Code(element);
                break;
            case "SPAN" or "FONT" or "ABBR" or "TIME" or "Q" or "SMALL" or "BIG" or "DATA" or "BDI" or "BDO" or "WBR" or "NOBR":
                AddChildren(element);
                break;
            default:
                dropped.Add($"<{element.LocalName}> markup (text kept)");
                AddChildren(element);
                break;
        }
    }

    private void Emphasis(IElement element, string delimiter)
    {
        var content = Inner(element, link: inLink);
        if (content.Length == 0)
        {
            return;
        }

        if (element.FirstChild is IText { Data: [var first, ..] } && HtmlElements.IsSpace(first))
        {
            _text.Space();
        }

        // Markdown reads "*a***b**" as other runs: emphasis right after emphasis keeps its text only.
        if (_text.Length == _closerEnd || content.Contains('\n', StringComparison.Ordinal))
        {
            dropped.Add("emphasis Markdown cannot place");
            _text.AppendMarkdown(content);
        }
        else
        {
            _text.AppendMarkdown(delimiter);
            var open = _text.Length - delimiter.Length;
            _text.AppendMarkdown(content);
            _emphasis.Add((open, _text.Length, delimiter.Length));
            _text.AppendMarkdown(delimiter);
            _closerEnd = _text.Length;
        }

        if (element.LastChild is IText { Data: [.., var last] } && HtmlElements.IsSpace(last))
        {
            _text.Space();
        }
    }

    /// <summary>The element's content as Markdown, kept apart from the rest until it is placed.</summary>
    private string Inner(IElement element, bool link)
    {
        var inner = new MarkdownInlines(dropped, oneLine, link);
        inner.AddChildren(element);
        var content = inner.Take();
        if (content.Length == 0)
        {
            KeepSpaceOf(element);
        }

        return content;
    }

    /// <summary>Markup holding only white space still parts the words on either side of it.</summary>
    private void KeepSpaceOf(IElement element)
    {
        if (element.TextContent.Any(HtmlElements.IsSpace))
        {
            _text.Space();
        }
    }

    private bool Flanks(int open, int close, int length)
    {
        var text = _text.Builder;
        char? Before(int at) => at > 0 ? text[at - 1] : null;
        char? After(int at) => at < text.Length ? text[at] : null;
        return Flanking(Before(open), After(open + length)) && Flanking(After(close + length), Before(close));
    }

    /// <summary>CommonMark's left-flanking run, from the character outside it to the one inside; right-flanking is the same, mirrored.</summary>
    private static bool Flanking(char? outside, char? inside) =>
        inside is { } next && !char.IsWhiteSpace(next) && (!IsPunctuation(next) || outside is null || char.IsWhiteSpace(outside.Value) || IsPunctuation(outside.Value));

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private void Link(IElement element)
    {
        var content = Inner(element, link: true);
        var url = inLink ? null : SafeUrl.ForMarkdown(element.GetAttribute("href"));
        var linked = url is not null && content.Length > 0 && !content.Contains('\n', StringComparison.Ordinal);
        _text.AppendMarkdown(linked ? $"[{content}]({url})" : content);
    }

    private void Code(IElement element)
    {
        var raw = string.Join(' ', element.TextContent.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        if (raw.Length == 0)
        {
            KeepSpaceOf(element);
            return;
        }

        if (element.Children.Length > 0 || raw.Contains('|', StringComparison.Ordinal))
        {
            // Code with markup inside, or a pipe a table would split at: the text, escaped.
            dropped.Add("code markup (text kept)");
            _text.AppendMarkdown(MarkdownText.Escape(element.TextContent));
            return;
        }

        var fence = new string('`', LongestBacktickRun(raw) + 1);
        var pad = raw[0] == '`' || raw[^1] == '`' ? " " : "";
        _text.AppendMarkdown(string.Create(CultureInfo.InvariantCulture, $"{fence}{pad}{raw}{pad}{fence}"));
    }

    internal static int LongestBacktickRun(string text) => Regex.Matches(text, "`+").Max(m => (int?)m.Length) ?? 0;
}
