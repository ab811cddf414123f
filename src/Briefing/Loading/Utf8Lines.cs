namespace Briefing.Loading;

/// <summary>
/// Byte offset in a UTF-8 file → 1-based line and column (columns count characters, not bytes). Tokens
/// are located in the order they come, so each count goes on from the last one: a file written on one
/// line (a minified export) is located in one pass, not from the line's start for every token.
/// </summary>
internal sealed class Utf8Lines
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly string _file;
    private readonly List<int> _lineStarts = [0];
    private int _line;
    private int _offset;
    private int _column = 1;

    public Utf8Lines(ReadOnlyMemory<byte> utf8, string file)
    {
        _utf8 = utf8;
        _file = file;
        var span = utf8.Span;
        for (var at = span.IndexOf((byte)'\n'); at >= 0;)
        {
            _lineStarts.Add(at + 1);
            var next = span[(at + 1)..].IndexOf((byte)'\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>Where a 0-based line and byte within it (as a JsonException gives them) are.</summary>
    public SourceLocation Locate(long? line, long? byteInLine)
    {
        var index = (int)Math.Clamp(line ?? 0, 0, _lineStarts.Count - 1);
        return Locate(_lineStarts[index] + (byteInLine ?? 0));
    }

    public SourceLocation Locate(long position)
    {
        var offset = (int)Math.Clamp(position, 0, _utf8.Length);
        var line = _line;
        if (offset >= _lineStarts[line])
        {
            // Onwards from the last token's line: most tokens are on it or a line or two later.
            while (line + 1 < _lineStarts.Count && _lineStarts[line + 1] <= offset)
            {
                line++;
            }
        }
        else
        {
            line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }
        }

        var start = _lineStarts[line];
        if (line != _line || offset < _offset)
        {
            (_line, _offset, _column) = (line, start, 1);
        }

        _column += Encoding.UTF8.GetCharCount(_utf8.Span.Slice(_offset, offset - _offset));
        _offset = offset;
        return new SourceLocation(_file, line + 1, _column);
    }
}
