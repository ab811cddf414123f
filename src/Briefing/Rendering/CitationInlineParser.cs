using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>Pandoc citation clusters in notes, tried before links: "[see above]" and real links stay what they are.</summary>
internal sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var depth = 0;
        for (var i = start + 1; i <= slice.End; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']' && depth-- == 0)
            {
                // "[text](url)" and "[text][ref]" are links, not citations.
                if (i + 1 <= slice.End && text[i + 1] is '(' or '[')
                {
                    return false;
                }

                var inner = text.Substring(start + 1, i - start - 1);
                if (!inner.Contains('@', StringComparison.Ordinal) || !CiteSyntax.TryParse(inner, out var cites))
                {
                    return false;
                }

                processor.Inline = new CitationInline(text.Substring(start, i - start + 1), cites)
                {
                    Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(i)),
                    Line = line,
                    Column = column,
                };
                slice.Start = i + 1;
                return true;
            }
        }

        return false;
    }
}

/// <summary>A citation cluster in a note, "[@key, p. 4; @other]": written as its source text until formatted.</summary>
internal sealed class CitationInline(string sourceText, ImmutableArray<Cite> cites) : HtmlInline(Html.HtmlText.Escape(sourceText))
{
    public ImmutableArray<Cite> Cites { get; } = cites;
}
