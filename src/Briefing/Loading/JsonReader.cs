namespace Briefing.Loading;

/// <summary>Reads JSON into located <see cref="Node"/>s by walking Utf8JsonReader: JsonDocument keeps no positions.</summary>
internal static class JsonReader
{
    private const string SyntaxHint = "Check for a missing comma, quote or bracket near this position.";

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <param name="eachItem">Takes each item of a top-level list as soon as it is read (the list comes back empty): a sources file
    /// is never held whole. The items count only when the whole file reads (the result is not null).</param>
    public static Node? Read(ReadOnlyMemory<byte> utf8, string file, DiagnosticBag diagnostics, Action<Node>? eachItem = null)
    {
        // A byte order mark is no part of the JSON; the first line's columns are counted after it.
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lines = new Utf8Lines(utf8, file);
        var reader = new Utf8JsonReader(utf8.Span, Options);
        try
        {
            // To the first token: Read throws when there is none (an empty file, or only white space and comments).
            reader.Read();
            var root = ReadValue(ref reader, lines, eachItem);

            // Only white space and comments may follow: Read throws at anything else, a second value too.
            reader.Read();
            return root;
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.JsonSyntax, lines.Locate(ex.LineNumber, ex.BytePositionInLine),
                $"JSON syntax error: {Clean(ex.Message)}", SyntaxHint));
        }
        catch (InvalidOperationException ex) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // GetString threw: half a surrogate pair escaped, or a byte not UTF-8, passes the reader but decodes to no text.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.JsonSyntax, lines.Locate(reader.TokenStartIndex + 1 + FirstUndecodable(reader.ValueSpan)),
                $"JSON syntax error: {ex.Message}", "Write the character itself, or a character beyond U+FFFF as two \\u escapes (its surrogate pair)."));
        }

        return null;
    }

    private static Node ReadValue(ref Utf8JsonReader reader, Utf8Lines lines, Action<Node>? eachItem = null)
    {
        var at = lines.Locate(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, Node>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = new ScalarNode(lines.Locate(reader.TokenStartIndex), reader.GetString()!, Plain: false);
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader, lines)));
                }

                return new MappingNode(at, entries.ToImmutable());

            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<Node>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = ReadValue(ref reader, lines);
                    if (eachItem is null)
                    {
                        items.Add(item);
                    }
                    else
                    {
                        eachItem(item);
                    }
                }

                return new SequenceNode(at, items.ToImmutable());

            case JsonTokenType.String:
                return new ScalarNode(at, reader.GetString()!, Plain: false);

            default:
                // A number, true, false or null, as written.
                return new ScalarNode(at, Encoding.UTF8.GetString(reader.ValueSpan), Plain: true);
        }
    }

    /// <summary>Where in a string as written the first half of a surrogate pair escaped, or byte not UTF-8, is; 0 when none is.</summary>
    private static int FirstUndecodable(ReadOnlySpan<byte> raw)
    {
        for (var i = 0; i < raw.Length;)
        {
            if (raw[i] != (byte)'\\')
            {
                if (Rune.DecodeFromUtf8(raw[i..], out _, out var length) != System.Buffers.OperationStatus.Done)
                {
                    return i;
                }

                i += length;
            }
            else if (i + 6 > raw.Length || raw[i + 1] != (byte)'u')
            {
                i += 2;
            }
            else if (char.IsHighSurrogate(Escaped(raw, i)) && i + 12 <= raw.Length
                && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u'
                && char.IsLowSurrogate(Escaped(raw, i + 6)))
            {
                i += 12;
            }
            else if (char.IsSurrogate(Escaped(raw, i)))
            {
                return i;
            }
            else
            {
                i += 6;
            }
        }

        return 0;
    }

    /// <summary>The character a \uXXXX escape at <paramref name="at"/> stands for (the reader has checked its four hex digits).</summary>
    private static char Escaped(ReadOnlySpan<byte> raw, int at) =>
        (char)int.Parse(raw.Slice(at + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
