using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>
/// The text a reader sees in a rendered article, with the inline of the syntax tree each character
/// comes from. Blocks are separated by a line break; code blocks and images count as separators
/// (an annotation cannot end inside them), and so do authors' footnote reference numbers.
/// </summary>
internal sealed class VisibleText
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<TextRun> _runs = [];

    private VisibleText()
    {
    }

    public string Text { get; private set; } = "";

    public IReadOnlyList<TextRun> Runs => _runs;

    public static VisibleText Of(MarkdownDocument document)
    {
        var visible = new VisibleText();
        foreach (var block in document)
        {
            visible.AddBlock(block);
        }

        visible.Text = visible._text.ToString();
        return visible;
    }

    /// <summary>The run holding the character at <paramref name="position"/>, or null for a separator.</summary>
    public TextRun? RunAt(int position)
    {
        int low = 0, high = _runs.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var run = _runs[middle];
            if (position < run.Start)
            {
                high = middle - 1;
            }
            else if (position >= run.Start + run.Length)
            {
                low = middle + 1;
            }
            else
            {
                return run;
            }
        }

        return null;
    }

    private void AddBlock(Block block)
    {
        switch (block)
        {
            case CodeBlock:
                Separate();
                break;
            case LeafBlock { Inline: { } inline }:
                Separate();
                AddInlines(inline);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child);
                }

                break;
        }
    }

    private void AddInlines(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Add(literal, literal.Content.ToString(), splittable: true);
                    break;
                case CodeInline code:
                    Add(code, code.Content, splittable: false);
                    break;
                case HtmlEntityInline entity:
                    Add(entity, entity.Transcoded.ToString(), splittable: false);
                    break;
                case AutolinkInline autolink:
                    Add(autolink, autolink.Url, splittable: false);
                    break;
                case LineBreakInline:
                    _text.Append('\n');
                    break;
                case LinkInline { IsImage: true }:
                case FootnoteLink:
                    Separate();
                    break;
                case ContainerInline children:
                    AddInlines(children);
                    break;
            }
        }
    }

    private void Add(Inline inline, string text, bool splittable)
    {
        if (text.Length == 0)
        {
            return;
        }

        _runs.Add(new TextRun(_text.Length, text.Length, inline, splittable));
        _text.Append(text);
    }

    private void Separate()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }
}

/// <summary>Characters [Start, Start+Length) of the visible text come from <see cref="Inline"/>.</summary>
internal sealed record TextRun(int Start, int Length, Inline Inline, bool Splittable)
{
    /// <summary>Offset in the article body of a character of this run (exact for plain text, the inline's start otherwise).</summary>
    public int SourceOffset(int position)
    {
        var span = Inline.Span;
        return Splittable && span.Length == Length ? span.Start + (position - Start) : span.Start;
    }
}
