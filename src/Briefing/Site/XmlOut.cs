using System.Buffers;
using System.Text;

namespace Briefing.Site;

/// <summary>
/// Writes the indented XML of feed.xml and sitemap.xml as XmlWriter (UTF-8, two-space indent, "\n"
/// line ends) writes it, byte for byte, without its per-call checks and state: the feed of a
/// 4,000-briefing site took 30 ms through XmlWriter, made again on every rebuild that changes a
/// count or a title. A property test holds the two to the same bytes.
/// </summary>
internal sealed class XmlOut
{
    private readonly StringBuilder _text;

    public XmlOut()
        : this("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    {
    }

    private XmlOut(string start) => _text = new StringBuilder(start);

    /// <summary>A piece of a document written on its own: no XML declaration, and nothing open before it.</summary>
    public static XmlOut Piece() => new("");

    // A start tag whose '>' is not written yet: an element that gets nothing inside closes as " />".
    private bool _open;

    /// <summary>A start tag on its own line, with attributes (name, value; values null are left out).</summary>
    public XmlOut Start(int depth, string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Indent(depth).Append('<').Append(name);
        Attributes(attributes);
        _open = true;
        return this;
    }

    /// <summary>An end tag on its own line.</summary>
    public XmlOut End(int depth, string name)
    {
        if (_open)
        {
            _open = false;
            _text.Append(" />");
            return this;
        }

        Indent(depth).Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>An element holding only text, on one line.</summary>
    public XmlOut Element(int depth, string name, string text)
    {
        Indent(depth).Append('<').Append(name);
        if (text.Length == 0)
        {
            _text.Append(" />");
            return this;
        }

        _text.Append('>');
        Escape(text, attribute: false);
        _text.Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>An element with attributes and nothing inside: <c>&lt;name a="…" /&gt;</c>.</summary>
    public XmlOut Empty(int depth, string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Indent(depth).Append('<').Append(name);
        Attributes(attributes);
        _text.Append(" />");
        return this;
    }

    /// <summary>The document in UTF-8, encoded chunk by chunk: a feed of thousands of entries is never made one string.</summary>
    public byte[] ToUtf8()
    {
        using var utf8 = new Output.Utf8Writer(_text.Length);
        utf8.Write(_text);
        return utf8.ToArray();
    }

    /// <summary>Empties a <see cref="Piece"/> for the next one.</summary>
    public XmlOut Clear()
    {
        _text.Clear();
        _open = false;
        return this;
    }

    /// <summary>The text so far in UTF-8, added to <paramref name="output"/>.</summary>
    public void WriteUtf8To(IBufferWriter<byte> output)
    {
        // A piece is one chunk of text (so no pair of surrogates is split between two): encoded at once.
        if (_text.GetChunks() is var chunks && chunks.MoveNext() && chunks.Current.Length == _text.Length)
        {
            Encoding.UTF8.GetBytes(chunks.Current.Span, output);
            return;
        }

        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in _text.GetChunks())
        {
            encoder.Convert(chunk.Span, output, flush: false, out _, out _);
        }

        encoder.Convert([], output, flush: true, out _, out _);
    }

    /// <summary>How many characters from the start need no escaping and no check.</summary>
    private static int Plain(ReadOnlySpan<char> text, bool attribute)
    {
        var special = attribute ? text.IndexOfAny(AttributeSpecials) : text.IndexOfAny(TextSpecials);
        var limit = special < 0 ? text.Length : special;
        var other = text[..limit].IndexOfAnyExceptInRange(' ', '\uD7FF');
        return other < 0 ? limit : other;
    }

    private static readonly System.Buffers.SearchValues<char> TextSpecials = System.Buffers.SearchValues.Create("&<>");

    private static readonly System.Buffers.SearchValues<char> AttributeSpecials = System.Buffers.SearchValues.Create("&<>\"");

    private StringBuilder Indent(int depth)
    {
        if (_open)
        {
            _open = false;
            _text.Append('>');
        }

        return _text.Append('\n').Append(' ', depth * 2);
    }

    private void Attributes(ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _text.Append(' ').Append(name).Append("=\"");
                Escape(value, attribute: true);
                _text.Append('"');
            }
        }
    }

    private void Escape(string value, bool attribute)
    {
        var span = value.AsSpan();
        for (var i = 0; i < value.Length; i++)
        {
            // Runs of characters written as they are go in whole: most text has nothing to escape.
            var plain = Plain(span[i..], attribute);
            if (plain > 0)
            {
                _text.Append(span.Slice(i, plain));
                i += plain;
                if (i == value.Length)
                {
                    return;
                }
            }

            var c = value[i];
            switch (c)
            {
                case '&':
                    _text.Append("&amp;");
                    break;
                case '<':
                    _text.Append("&lt;");
                    break;
                case '>':
                    _text.Append("&gt;");
                    break;
                case '"' when attribute:
                    _text.Append("&quot;");
                    break;
                case '\t' when attribute:
                    _text.Append("&#x9;");
                    break;
                case '\n' when attribute:
                    _text.Append("&#xA;");
                    break;
                case '\r' when attribute:
                    _text.Append("&#xD;");
                    break;
                case '\r':
                    // Line ends in text become "\n", a "\r\n" pair one of them.
                    _text.Append('\n');
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\t' or '\n':
                case >= ' ' and < '\uD800':
                case >= '\uE000' and < '\uFFFE':
                    _text.Append(c);
                    break;
                case >= '\uD800' and < '\uDC00' when i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    _text.Append(c).Append(value[++i]);
                    break;
                default:
                    // As XmlWriter: a character XML cannot hold is an error, never silently dropped.
                    throw new ArgumentException($"The character U+{(int)c:X4} cannot be written in XML.", nameof(value));
            }
        }
    }
}
