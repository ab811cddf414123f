using System.Runtime.InteropServices;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Anchoring;

/// <summary>
/// The text a reader sees in a rendered article, with the inline each character comes from. A line break separates
/// blocks, and stands for code blocks, images and footnote references (an annotation cannot end inside them).
/// </summary>
internal sealed class VisibleText
{
    private readonly StringBuilder _text;
    private readonly List<TextRun> _runs = [];

    // The visible text is about as long as its Markdown.
    private VisibleText(MarkdownDocument document) => _text = new(Math.Clamp(document.Span.Length + 64, 16, 1 << 24));

    public string Text { get; private set; } = "";

    public static VisibleText Of(MarkdownDocument document)
    {
        var visible = new VisibleText(document);
        foreach (var block in document)
        {
            visible.AddBlock(block);
        }

        visible.Text = visible._text.ToString();
        return visible;
    }

    /// <summary>The run holding the character at <paramref name="position"/>, or null for a separator.</summary>
    public TextRun? RunAt(int position) => IndexAt(position) is var i and >= 0 ? _runs[i] : null;

    /// <summary>Makes <paramref name="position"/> the start of a run by splitting its literal; false in a code span or entity.</summary>
    public bool SplitAt(int position)
    {
        var index = IndexAt(position);
        if (index < 0)
        {
            return false;
        }

        var run = _runs[index];
        var offset = position - run.Start;
        if (offset == 0)
        {
            return true;
        }

        if (!run.Splittable || run.Inline is not LiteralInline literal)
        {
            return false;
        }

        var content = literal.Content;
        var cut = content.Start + offset;
        var rest = new LiteralInline(new Markdig.Helpers.StringSlice(content.Text, cut, content.End));
        literal.Content = new Markdig.Helpers.StringSlice(content.Text, content.Start, cut - 1);
        var span = literal.Span;
        if (span.Length == run.Length)
        {
            rest.Span = new SourceSpan(span.Start + offset, span.End);
            literal.Span = new SourceSpan(span.Start, span.Start + offset - 1);
        }
        else
        {
            rest.Span = span;
        }

        literal.InsertAfter(rest);
        _runs[index] = run with { Length = offset };
        _runs.Insert(index + 1, new TextRun(position, run.Length - offset, rest, Splittable: true));
        return true;
    }

    /// <summary>
    /// Puts a marker right after a character. One that ends inside link text goes after the whole link (a link never
    /// nests in a link), one at the end of emphasis after the emphasis; code spans and entities are never split.
    /// </summary>
    public void InsertAfter(int lastCharacter, Inline marker)
    {
        _ = RunAt(lastCharacter)
            ?? throw new InvalidOperationException($"No text at position {lastCharacter}: a quote never ends on a separator.");
        SplitAt(lastCharacter + 1);
        var target = RunAt(lastCharacter)!.Inline;
        while (true)
        {
            for (var ancestor = target.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor is LinkInline)
                {
                    target = ancestor;
                }
            }

            if (target.Parent is not { Parent: not null } parent || target.NextSibling is not null)
            {
                target.InsertAfter(marker);
                return;
            }

            target = parent;
        }
    }

    /// <summary>The runs that hold any character of [start, end), in reading order.</summary>
    public List<TextRun> RunsIn(int start, int end)
    {
        var first = IndexAt(start);
        first = first < 0 ? ~first : first;
        var last = first;
        while (last < _runs.Count && _runs[last].Start < end)
        {
            last++;
        }

        return _runs.GetRange(first, last - first);
    }

    /// <summary>Index of the run holding <paramref name="position"/>; else the complement of the next run's index.</summary>
    private int IndexAt(int position) => CollectionsMarshal.AsSpan(_runs).BinarySearch(new Holding(position));

    private readonly struct Holding(int position) : IComparable<TextRun>
    {
        public int CompareTo(TextRun? run) => position < run!.Start ? -1 : position >= run.Start + run.Length ? 1 : 0;
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
                    Add(literal, literal.Content.AsSpan(), splittable: true);
                    break;
                case CodeInline code:
                    Add(code, code.Content, splittable: false);
                    break;
                case HtmlEntityInline entity:
                    Add(entity, entity.Transcoded.AsSpan(), splittable: false);
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

    private void Add(Inline inline, ReadOnlySpan<char> text, bool splittable)
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
