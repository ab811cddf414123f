using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>
/// Reads JSON (CSL-JSON as Zotero exports it) into located <see cref="Node"/>s. JsonDocument keeps
/// no positions, so this walks Utf8JsonReader and turns byte offsets into lines and columns.
/// </summary>
internal static class JsonReader
{
    private const int MaxDepth = 64;

    public static Node? Read(byte[] utf8, string file, DiagnosticBag diagnostics)
    {
        var lines = new LineIndex(utf8);
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            return ReadValue(ref reader, file, lines);
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.JsonSyntax, at, $"JSON syntax error: {Clean(ex.Message)}",
                "Check for a missing comma, quote or bracket near this position."));
            return null;
        }
    }

    private static Node ReadValue(ref Utf8JsonReader reader, string file, LineIndex lines)
    {
        var at = lines.Locate(file, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, Node>>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = new ScalarNode(lines.Locate(file, reader.TokenStartIndex), reader.GetString() ?? "", ScalarKind.Text);
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader, file, lines)));
                }

                return new MappingNode(at, entries.ToImmutable());

            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<Node>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, file, lines));
                }

                return new SequenceNode(at, items.ToImmutable());

            case JsonTokenType.String:
                return new ScalarNode(at, reader.GetString() ?? "", ScalarKind.Text);

            case JsonTokenType.Number:
                return new ScalarNode(at, Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.JsonNumber);

            case JsonTokenType.True or JsonTokenType.False:
                return new ScalarNode(at, reader.GetBoolean() ? "true" : "false", ScalarKind.JsonBoolean);

            default:
                return new ScalarNode(at, "", ScalarKind.JsonNull);
        }
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }

    /// <summary>
    /// Byte offset → 1-based line and column (columns count characters, not bytes). Tokens are located
    /// in the order they come, so each count goes on from the last one: a file written on one line (a
    /// minified export) is located in one pass, not from the line's start for every token.
    /// </summary>
    private sealed class LineIndex
    {
        private readonly byte[] _utf8;
        private readonly List<int> _lineStarts = [0];
        private int _line;
        private int _offset;
        private int _column = 1;

        public LineIndex(byte[] utf8)
        {
            _utf8 = utf8;
            var span = utf8.AsSpan();
            for (var at = span.IndexOf((byte)'\n'); at >= 0;)
            {
                _lineStarts.Add(at + 1);
                var next = span[(at + 1)..].IndexOf((byte)'\n');
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        public SourceLocation Locate(string file, long position)
        {
            var offset = (int)position;
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

            _column += Encoding.UTF8.GetCharCount(_utf8.AsSpan(_offset, offset - _offset));
            _offset = offset;
            return new SourceLocation(file, line + 1, _column);
        }
    }
}
