using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>
/// Reads the plain subset of YAML that content files are written in, to the same located
/// <see cref="Node"/>s as YamlDotNet gives, several times faster. It gives up (returns null) on
/// anything it is not certain about, and <see cref="YamlReader"/> then reads the text with YamlDotNet,
/// so every error is still YamlDotNet's, reported as before.
/// </summary>
/// <remarks>
/// <para>Covered: block mappings whose keys are plain words (letters, digits, '_', '-', '.'); block
/// sequences, indented or not (<c>key:\n- item</c>), with compact mappings in items (<c>- key: value</c>);
/// a value left empty; single-line plain scalars, and single-line single- and double-quoted scalars;
/// block scalars <c>|</c> and <c>&gt;</c> with any chomping but no indentation indicator; single-line
/// flow sequences of plain or quoted scalars (<c>[China, "North Korea"]</c>); comments and blank lines;
/// one leading <c>---</c>.</para>
/// <para>Anything else gives up: tabs, carriage returns and other line breaks, a BOM, control characters,
/// anchors, aliases, tags, directives, '?' keys, quoted or unusual keys, flow mappings, multi-line
/// plain, quoted or flow scalars, a value that contains ': ', an empty sequence item, a second document,
/// a root that is not a block collection at column 1, an empty document, and any indentation that does
/// not line up with an open collection.</para>
/// <para>Locations follow YamlDotNet's events: a scalar is where its first character (or quote, or
/// block indicator) is; a block mapping is where its first key is; a block sequence, indented or not,
/// is where its first '-' is; a flow sequence is where its '[' is; an empty value is just after the ':'.
/// Block scalars are read with a line-for-line port of YamlDotNet's ScanBlockScalar, so that folding,
/// chomping and indentation come out the same.</para>
/// </remarks>
internal sealed class SimpleYamlReader
{
    private const int MaxDepth = 48;
    private const int MaxIndent = 200;
    private const int MaxKeyLength = 100;

    private readonly string _text;
    private readonly string _file;
    private readonly int _lineOffset;

    /// <summary>The start of the current line; <c>_text.Length</c> or more at the end.</summary>
    private int _pos;

    /// <summary>The current line's number, from 1.</summary>
    private int _line = 1;

    /// <summary>The end of the current line (its '\n', or the end of the text); set by <see cref="SkipToContent"/>.</summary>
    private int _lineEnd;

    /// <summary>The current line's leading spaces; set by <see cref="SkipToContent"/>.</summary>
    private int _indent;

    private StringBuilder? _builder;

    private SimpleYamlReader(string text, string file, int lineOffset)
    {
        _text = text;
        _file = file;
        _lineOffset = lineOffset;
    }

    /// <summary>The document's root, or null when this reader is not certain to read it as YamlDotNet does.</summary>
    public static Node? Read(string text, string file, int lineOffset)
    {
        if (!OnlyPlainCharacters(text))
        {
            return null;
        }

        try
        {
            return new SimpleYamlReader(text, file, lineOffset).ReadDocument();
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    /// <summary>No tab, no line break but '\n', no control character, no BOM, no lone surrogate.</summary>
    private static bool OnlyPlainCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // Runs of printable ASCII are skipped whole; each other character is asked.
            var skip = text.AsSpan(i).IndexOfAnyExceptInRange(' ', '~');
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c < ' ')
            {
                if (c != '\n')
                {
                    return false;
                }
            }
            else if (c >= '\u007F')
            {
                if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                {
                    return false;
                }

                if (char.IsSurrogate(c))
                {
                    if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                    {
                        return false;
                    }

                    i++;
                }
            }
        }

        return true;
    }

    private Node ReadDocument()
    {
        SkipToContent();
        if (AtEnd)
        {
            throw new GiveUp();
        }

        if (IsDocumentStartLine())
        {
            NextLine();
            SkipToContent();
            if (AtEnd)
            {
                throw new GiveUp();
            }
        }

        if (_indent != 0)
        {
            throw new GiveUp();
        }

        Node root = _text[_pos] == '-' ? ReadSequence(0, indentless: false, depth: 0) : ReadMapping(0, depth: 0);
        SkipToContent();
        return AtEnd ? root : throw new GiveUp();
    }

    /// <summary>Whether the line is "---", alone or before a comment; gives up on anything else after "---".</summary>
    private bool IsDocumentStartLine()
    {
        var line = _text.AsSpan(_pos, _lineEnd - _pos);
        if (!line.StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = line[3..];
        var trimmed = rest.TrimStart(' ');
        return rest.Length == 0 || (trimmed.Length < rest.Length && (trimmed.Length == 0 || trimmed[0] == '#')) ? true : throw new GiveUp();
    }

    private bool AtEnd => _pos >= _text.Length;

    private void NextLine()
    {
        var end = _text.IndexOf('\n', _pos);
        _pos = end < 0 ? _text.Length : end + 1;
        _line++;
    }

    /// <summary>Moves past blank and comment lines to the next line with content, and measures it.</summary>
    private void SkipToContent()
    {
        while (!AtEnd)
        {
            var end = _text.IndexOf('\n', _pos);
            _lineEnd = end < 0 ? _text.Length : end;
            var i = _pos;
            while (i < _lineEnd && _text[i] == ' ')
            {
                i++;
            }

            if (i - _pos > MaxIndent)
            {
                throw new GiveUp();
            }

            if (i < _lineEnd && _text[i] != '#')
            {
                _indent = i - _pos;
                return;
            }

            NextLine();
        }
    }

    private SourceLocation At(int line, int index, int lineStart) => new(_file, line + _lineOffset, index - lineStart + 1);

    /// <summary>A block mapping whose first key starts at column <paramref name="indent"/> of the current line.</summary>
    private MappingNode ReadMapping(int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GiveUp();
        }

        var at = At(_line, _pos + indent, _pos);
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, Node>>();
        while (true)
        {
            var keyStart = _pos + indent;
            var colon = KeyEnd(keyStart);
            if (colon < 0)
            {
                throw new GiveUp();
            }

            var key = new ScalarNode(At(_line, keyStart, _pos), _text[keyStart..colon], ScalarKind.Plain);
            entries.Add(new(key, ReadValue(colon, indent, depth + 1)));

            SkipToContent();
            if (AtEnd || _indent < indent)
            {
                return new MappingNode(at, entries.ToImmutable());
            }

            if (_indent > indent)
            {
                throw new GiveUp();
            }
        }
    }

    /// <summary>
    /// Where the ':' of a plain key that starts at <paramref name="start"/> is, or -1 when the line does
    /// not start with such a key. Keys are kept to letters, digits, '_', '-' and '.': nothing in them can
    /// mean anything else to YAML.
    /// </summary>
    private int KeyEnd(int start)
    {
        if (start >= _lineEnd || !(char.IsLetterOrDigit(_text[start]) || _text[start] == '_'))
        {
            return -1;
        }

        var i = start + 1;
        while (i < _lineEnd && (char.IsLetterOrDigit(_text[i]) || _text[i] is '_' or '-' or '.'))
        {
            i++;
        }

        return i - start <= MaxKeyLength && i < _lineEnd && _text[i] == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' ') ? i : -1;
    }

    /// <summary>
    /// The value after the ':' at <paramref name="colon"/> of a key in a mapping at column
    /// <paramref name="indent"/>: on the same line, on the lines below, or nothing.
    /// </summary>
    private Node ReadValue(int colon, int indent, int depth)
    {
        var p = colon + 1;
        while (p < _lineEnd && _text[p] == ' ')
        {
            p++;
        }

        if (p < _lineEnd && _text[p] != '#')
        {
            return ReadInline(p, indent, depth);
        }

        // YamlDotNet puts an empty value just after its ':'.
        var empty = At(_line, colon + 1, _pos);
        NextLine();
        SkipToContent();
        if (!AtEnd)
        {
            var first = _text[_pos + _indent];
            if (_indent > indent)
            {
                return first == '-' ? ReadSequence(_indent, indentless: false, depth) : ReadMapping(_indent, depth);
            }

            if (_indent == indent && first == '-')
            {
                return ReadSequence(indent, indentless: true, depth);
            }
        }

        return new ScalarNode(empty, "", ScalarKind.Plain);
    }

    /// <summary>
    /// A block sequence whose first '-' is at column <paramref name="indent"/> of the current line.
    /// An indentless sequence (the value of a key at the same column) ends at the mapping's next key.
    /// </summary>
    private SequenceNode ReadSequence(int indent, bool indentless, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GiveUp();
        }

        var at = At(_line, _pos + indent, _pos);
        var items = ImmutableArray.CreateBuilder<Node>();
        while (true)
        {
            var dash = _pos + indent;
            if (dash + 1 >= _lineEnd || _text[dash + 1] != ' ')
            {
                throw new GiveUp();
            }

            var p = dash + 1;
            while (p < _lineEnd && _text[p] == ' ')
            {
                p++;
            }

            if (p == _lineEnd || _text[p] == '#' || (_text[p] == '-' && (p + 1 == _lineEnd || _text[p + 1] == ' ')))
            {
                throw new GiveUp();
            }

            items.Add(KeyEnd(p) >= 0 ? ReadMapping(p - _pos, depth + 1) : ReadInline(p, indent, depth + 1));

            SkipToContent();
            if (AtEnd || _indent < indent)
            {
                break;
            }

            if (_indent > indent)
            {
                throw new GiveUp();
            }

            if (_text[_pos + _indent] != '-')
            {
                if (indentless)
                {
                    break;
                }

                throw new GiveUp();
            }
        }

        return new SequenceNode(at, items.ToImmutable());
    }

    /// <summary>
    /// A scalar or flow sequence that starts at <paramref name="p"/> on the current line, in a block
    /// collection at column <paramref name="indent"/>; leaves the position on the next line.
    /// </summary>
    private Node ReadInline(int p, int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new GiveUp();
        }

        var at = At(_line, p, _pos);
        Node node;
        int after;
        switch (_text[p])
        {
            case '|' or '>':
                return ReadBlockScalar(p, indent, at);
            case '\'' or '"':
                node = new ScalarNode(at, ReadQuoted(p, out after), ScalarKind.Text);
                break;
            case '[':
                node = ReadFlowSequence(p, at, depth, out after);
                break;
            case '-' when p + 1 < _lineEnd && _text[p + 1] != ' ':
                node = new ScalarNode(at, ReadPlain(p, out after), ScalarKind.Plain);
                break;
            case '-' or '?' or ':' or ',' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '%' or '@' or '`':
                throw new GiveUp();
            default:
                node = new ScalarNode(at, ReadPlain(p, out after), ScalarKind.Plain);
                break;
        }

        // Only spaces, or a comment after a space, may follow on the line.
        var rest = _text.AsSpan(after, _lineEnd - after);
        var trimmed = rest.TrimStart(' ');
        if (trimmed.Length > 0 && (trimmed[0] != '#' || trimmed.Length == rest.Length))
        {
            throw new GiveUp();
        }

        NextLine();
        return node;
    }

    /// <summary>
    /// A plain scalar that ends on its line, at a comment or the end of the line (the caller makes sure
    /// no more-indented line continues it); gives up on ': ', which would be a key or an error.
    /// </summary>
    private string ReadPlain(int start, out int after)
    {
        var i = start;
        var end = start;
        while (i < _lineEnd)
        {
            var c = _text[i];
            if (c == ' ')
            {
                var j = i + 1;
                while (j < _lineEnd && _text[j] == ' ')
                {
                    j++;
                }

                if (j == _lineEnd || _text[j] == '#')
                {
                    break;
                }

                i = j;
                continue;
            }

            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                throw new GiveUp();
            }

            i++;
            end = i;
        }

        after = end;
        return _text[start..end];
    }

    /// <summary>A single- or double-quoted scalar that closes on its line; <paramref name="after"/> is past the closing quote.</summary>
    private string ReadQuoted(int start, out int after)
    {
        var quote = _text[start];
        var line = _text.AsSpan(start + 1, _lineEnd - start - 1);
        var found = quote == '"' ? line.IndexOfAny('"', '\\') : line.IndexOf('\'');
        if (found < 0)
        {
            throw new GiveUp();
        }

        var close = start + 1 + found;

        if (_text[close] == quote && (quote == '"' || close + 1 >= _lineEnd || _text[close + 1] != '\''))
        {
            after = close + 1;
            return _text[(start + 1)..close];
        }

        var builder = Builder();
        var i = start + 1;
        while (true)
        {
            if (i >= _lineEnd)
            {
                throw new GiveUp();
            }

            var c = _text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < _lineEnd && _text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i += 2;
                    continue;
                }

                after = i + 1;
                return builder.ToString();
            }

            if (c == '\\' && quote == '"')
            {
                i = Escape(i, builder);
                continue;
            }

            builder.Append(c);
            i++;
        }
    }

    /// <summary>The escape at <paramref name="i"/> in a double-quoted scalar, as YamlDotNet decodes it; returns the index after it.</summary>
    private int Escape(int i, StringBuilder builder)
    {
        var c = i + 1 < _lineEnd ? _text[i + 1] : '\n';
        var simple = c switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\u001b',
            ' ' => ' ',
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'N' => '\u0085',
            '_' => '\u00a0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => (char?)null,
        };
        if (simple is { } value)
        {
            builder.Append(value);
            return i + 2;
        }

        var digits = c switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => throw new GiveUp(),
        };
        var start = i + 2;
        if (start + digits > _lineEnd
            || !uint.TryParse(_text.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF
            || code is >= 0xD800 and <= 0xDFFF)
        {
            throw new GiveUp();
        }

        builder.Append(char.ConvertFromUtf32((int)code));
        return start + digits;
    }

    /// <summary>A flow sequence of plain or quoted scalars that closes on its line.</summary>
    private SequenceNode ReadFlowSequence(int open, SourceLocation at, int depth, out int after)
    {
        var items = ImmutableArray.CreateBuilder<Node>();
        var i = SkipSpaces(open + 1);
        if (i < _lineEnd && _text[i] == ']')
        {
            after = i + 1;
            return new SequenceNode(at, items.ToImmutable());
        }

        while (true)
        {
            if (i >= _lineEnd || depth + 1 > MaxDepth)
            {
                throw new GiveUp();
            }

            var itemAt = At(_line, i, _pos);
            var c = _text[i];
            if (c is '\'' or '"')
            {
                items.Add(new ScalarNode(itemAt, ReadQuoted(i, out var end), ScalarKind.Text));
                i = SkipSpaces(end);
            }
            else if (c is ' ' or '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
            {
                throw new GiveUp();
            }
            else
            {
                var end = i;
                while (end < _lineEnd && _text[end] is not (',' or ']' or '[' or '{' or '}' or '#' or ':'))
                {
                    end++;
                }

                items.Add(new ScalarNode(itemAt, _text[i..end].TrimEnd(' '), ScalarKind.Plain));
                i = end;
            }

            if (i >= _lineEnd)
            {
                throw new GiveUp();
            }

            if (_text[i] == ']')
            {
                after = i + 1;
                return new SequenceNode(at, items.ToImmutable());
            }

            if (_text[i] != ',')
            {
                throw new GiveUp();
            }

            i = SkipSpaces(i + 1);
            if (i < _lineEnd && _text[i] == ']')
            {
                throw new GiveUp();
            }
        }
    }

    private int SkipSpaces(int i)
    {
        while (i < _lineEnd && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private StringBuilder Builder()
    {
        _builder ??= new StringBuilder();
        _builder.Clear();
        return _builder;
    }

    /// <summary>
    /// A block scalar whose indicator is at <paramref name="start"/>, in a block collection at column
    /// <paramref name="indent"/>: a port of YamlDotNet's ScanBlockScalar and ScanBlockScalarBreaks,
    /// giving up where they throw. Leaves the position on the first line after the scalar.
    /// </summary>
    private ScalarNode ReadBlockScalar(int start, int indent, SourceLocation at)
    {
        var literal = _text[start] == '|';
        var scan = new BlockCursor(_text, start + 1, _pos, _line);
        var chomping = 0;
        if (scan.Peek() is '+' or '-')
        {
            chomping = scan.Peek() == '+' ? 1 : -1;
            scan.Pos++;
        }

        if (char.IsAsciiDigit(scan.Peek()) || scan.Peek() == '#')
        {
            throw new GiveUp();
        }

        while (scan.Peek() == ' ')
        {
            scan.Pos++;
        }

        if (scan.Peek() == '#')
        {
            var end = _text.IndexOf('\n', scan.Pos);
            scan.Pos = end < 0 ? _text.Length : end;
        }

        bool? isFirstLine = null;
        if (scan.Peek() == '\n')
        {
            scan.NextLine();
            isFirstLine = true;
        }
        else if (!scan.AtEnd)
        {
            throw new GiveUp();
        }

        var builder = Builder();
        var trailingBreaks = 0;
        var currentIndent = BlockScalarBreaks(ref scan, 0, ref trailingBreaks, literal, indent, ref isFirstLine);
        isFirstLine = false;
        var leadingBreak = false;
        var leadingBlank = false;
        while (scan.Offset == currentIndent && !scan.AtEnd)
        {
            var trailingBlank = scan.Peek() == ' ';
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                if (trailingBreaks == 0)
                {
                    builder.Append(' ');
                }
            }
            else if (leadingBreak)
            {
                builder.Append('\n');
            }

            leadingBreak = false;
            builder.Append('\n', trailingBreaks);
            trailingBreaks = 0;
            leadingBlank = trailingBlank;
            var lineEnd = _text.IndexOf('\n', scan.Pos);
            lineEnd = lineEnd < 0 ? _text.Length : lineEnd;
            builder.Append(_text, scan.Pos, lineEnd - scan.Pos);
            scan.Pos = lineEnd;
            if (!scan.AtEnd)
            {
                scan.NextLine();
                leadingBreak = true;
            }

            currentIndent = BlockScalarBreaks(ref scan, currentIndent, ref trailingBreaks, literal, indent, ref isFirstLine);
        }

        if (chomping != -1 && leadingBreak)
        {
            builder.Append('\n');
        }

        if (chomping == 1)
        {
            builder.Append('\n', trailingBreaks);
        }

        // The scan stops at the first character of a less-indented line, or at the end.
        _pos = scan.AtEnd ? _text.Length : scan.LineStart;
        _line = scan.Line;
        return new ScalarNode(at, builder.ToString(), ScalarKind.Text);
    }

    /// <summary>YamlDotNet's ScanBlockScalarBreaks: blank lines and indentation, and the scalar's indentation if not known yet.</summary>
    private static int BlockScalarBreaks(ref BlockCursor scan, int currentIndent, ref int breaks, bool literal, int indent, ref bool? isFirstLine)
    {
        var maxIndent = 0;
        var firstLineIndent = -1;
        while (true)
        {
            while ((currentIndent == 0 || scan.Offset < currentIndent) && scan.Peek() == ' ')
            {
                scan.Pos++;
            }

            if (scan.Offset > maxIndent)
            {
                maxIndent = scan.Offset;
            }

            if (scan.Peek() != '\n')
            {
                break;
            }

            if (isFirstLine == true)
            {
                isFirstLine = false;
                firstLineIndent = scan.Offset;
            }

            breaks++;
            scan.NextLine();
        }

        if (literal && isFirstLine == true)
        {
            var spaces = 0;
            while (scan.Peek(spaces) == ' ')
            {
                spaces++;
            }

            if (scan.Peek(spaces) == '\n' && spaces > 0)
            {
                isFirstLine = false;
                firstLineIndent = scan.Offset + spaces;
            }
        }

        if ((literal && firstLineIndent > 1 && currentIndent < firstLineIndent - 1)
            || (!literal && maxIndent > scan.Offset && firstLineIndent > -1))
        {
            // YamlDotNet reports extra spaces in the first line(s).
            throw new GiveUp();
        }

        return currentIndent == 0 ? Math.Max(maxIndent, Math.Max(indent + 1, 1)) : currentIndent;
    }

    private struct BlockCursor(string text, int pos, int lineStart, int line)
    {
        public int Pos = pos;
        public int LineStart = lineStart;
        public int Line = line;

        public readonly bool AtEnd => Pos >= text.Length;

        public readonly int Offset => Pos - LineStart;

        public readonly char Peek(int ahead = 0) => Pos + ahead < text.Length ? text[Pos + ahead] : '\0';

        public void NextLine()
        {
            Pos++;
            LineStart = Pos;
            Line++;
        }
    }

    private sealed class GiveUp : Exception;
}
