namespace Briefing.Loading;

/// <summary>Byte offset in a UTF-8 file → 1-based line and column (in characters). Each count goes on from the last one:
/// a file on one line (a minified export) is located in one pass, not from the line's start for every token.</summary>
internal sealed class Utf8Lines(ReadOnlyMemory<byte> utf8, string file)
{
    private readonly List<int> _lineStarts = LineStarts(utf8.Span);
    private int _line;
    private int _offset;
    private int _column = 1;

    /// <summary>Where a 0-based line and byte within it (as a JsonException gives them) are.</summary>
    public SourceLocation Locate(long? line, long? byteInLine)
    {
        var index = (int)Math.Clamp(line ?? 0, 0, _lineStarts.Count - 1);
        return Locate(_lineStarts[index] + (byteInLine ?? 0));
    }

    public SourceLocation Locate(long position)
    {
        var offset = (int)Math.Clamp(position, 0, utf8.Length);
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

        _column += Encoding.UTF8.GetCharCount(utf8.Span.Slice(_offset, offset - _offset));
        _offset = offset;
        return new SourceLocation(file, line + 1, _column);
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        List<int> starts = [0];
        while (utf8[starts[^1]..].IndexOf((byte)'\n') is var next and >= 0)
        {
            starts.Add(starts[^1] + next + 1);
        }

        return starts;
    }
}
