namespace Briefing.Import;

/// <summary>Text as Markdown that renders to exactly that text: syntax characters and block-opening line starts are escaped.</summary>
internal sealed class MarkdownText
{
    private readonly StringBuilder _text = new();
    private bool _space;
    private bool _lineStart = true;
    private bool _lineStartDigits;

    public int Length => _text.Length;

    public StringBuilder Builder => _text;

    /// <summary>HTML text as Markdown on its own.</summary>
    public static string Escape(string text)
    {
        var markdown = new MarkdownText();
        markdown.AppendText(text);
        return markdown.Take();
    }

    /// <summary>HTML text: runs of white space become one space, none at the start.</summary>
    public void AppendText(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (HtmlElements.IsSpace(c))
            {
                _space = true;
                continue;
            }

            FlushSpace();
            AppendEscaped(c);
        }
    }

    /// <summary>Markdown made elsewhere (a delimiter, a link), after any pending space.</summary>
    public void AppendMarkdown(string markdown)
    {
        if (markdown.Length == 0)
        {
            return;
        }

        FlushSpace();
        _text.Append(markdown);
        _lineStart = false;
        _lineStartDigits = false;
    }

    public void Space() => _space = true;

    /// <summary>A hard line break (backslash, newline); none at the start of the text.</summary>
    public void LineBreak()
    {
        if (_text.Length == 0 || _lineStart)
        {
            return;
        }

        _text.Append("\\\n");
        _space = false;
        _lineStart = true;
    }

    /// <summary>The Markdown, without the white space or hard break that would end it.</summary>
    public string Take()
    {
        var length = _text.Length;
        while (length >= 2 && _text[length - 1] == '\n' && _text[length - 2] == '\\')
        {
            length -= 2;
        }

        var result = _text.ToString(0, length);
        _text.Clear();
        _space = false;
        _lineStart = true;
        _lineStartDigits = false;
        return result;
    }

    private void FlushSpace()
    {
        if (_space && _text.Length > 0 && !_lineStart)
        {
            _text.Append(' ');
        }

        _space = false;
    }

    private void AppendEscaped(char c)
    {
        var escape = c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '#'
            || (_lineStart && c is '+' or '-' or '=' or '!' or ':')
            || (_lineStartDigits && c is '.' or ')');
        if (escape)
        {
            _text.Append('\\');
        }

        _text.Append(c);
        _lineStartDigits = (_lineStart || _lineStartDigits) && char.IsAsciiDigit(c);
        _lineStart = false;
    }
}
