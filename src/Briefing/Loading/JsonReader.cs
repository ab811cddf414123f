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
    /// <summary>Takes one item of a list straight from the reader, or declines it (see <see cref="Read"/>).</summary>
    public delegate bool FastItem(ref Utf8JsonReader reader, SourceLocation at);

    private const int MaxDepth = 64;

    /// <param name="eachItem">
    /// When the document is a list, each of its items is handed here as soon as it is read and not
    /// kept: the list comes back empty. A sources file of hundreds of items is then never held whole
    /// while its items are turned into sources.
    /// </param>
    /// <param name="fastItem">
    /// With <paramref name="eachItem"/>: tried first on each item of the list, at the item's first token
    /// and location. True when it took the item (the reader on the item's last token); false sends the
    /// item, read again from its start, to <paramref name="eachItem"/>.
    /// </param>
    public static Node? Read(ReadOnlyMemory<byte> utf8, string file, DiagnosticBag diagnostics, Action<Node>? eachItem = null, FastItem? fastItem = null)
    {
        var lines = new LineIndex(utf8);
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        };
        var reader = new Utf8JsonReader(utf8.Span, options);
        var scratch = new Scratch();
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            if (eachItem is not null && reader.TokenType == JsonTokenType.StartArray)
            {
                var at = lines.Locate(file, reader.TokenStartIndex);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (fastItem is not null)
                    {
                        var itemStart = reader;
                        if (fastItem(ref reader, lines.Locate(file, reader.TokenStartIndex)))
                        {
                            continue;
                        }

                        reader = itemStart;
                    }

                    eachItem(ReadValue(ref reader, file, lines, scratch));
                }

                return new SequenceNode(at, []);
            }

            return ReadValue(ref reader, file, lines, scratch);
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.JsonSyntax, at, $"JSON syntax error: {Clean(ex.Message)}",
                "Check for a missing comma, quote or bracket near this position."));
            return null;
        }
    }

    private static Node ReadValue(ref Utf8JsonReader reader, string file, LineIndex lines, Scratch scratch)
    {
        var at = lines.Locate(file, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = scratch.Entries(reader.CurrentDepth);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = new ScalarNode(lines.Locate(file, reader.TokenStartIndex), Key(ref reader), ScalarKind.Text);
                    reader.Read();
                    entries.Add(new(key, ReadValue(ref reader, file, lines, scratch)));
                }

                var mapping = new MappingNode(at, [.. entries]);
                entries.Clear();
                return mapping;

            case JsonTokenType.StartArray:
                var items = scratch.Items(reader.CurrentDepth);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, file, lines, scratch));
                }

                var sequence = new SequenceNode(at, [.. items]);
                items.Clear();
                return sequence;

            case JsonTokenType.String:
                return new ScalarNode(at, ScalarText(ref reader), ScalarKind.Text);

            case JsonTokenType.Number:
                return new ScalarNode(at, ScalarText(ref reader), ScalarKind.JsonNumber);

            case JsonTokenType.True or JsonTokenType.False:
                return new ScalarNode(at, ScalarText(ref reader), ScalarKind.JsonBoolean);

            default:
                return new ScalarNode(at, "", ScalarKind.JsonNull);
        }
    }

    /// <summary>
    /// A string, number or boolean token as a scalar's text: a string decoded, a number as written,
    /// true or false. (FastCslJson reads values the same way.)
    /// </summary>
    internal static string ScalarText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() ?? "",
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => reader.GetBoolean() ? "true" : "false",
    };

    /// <summary>A property name: one of CSL's own (id, title, author, …) is the vocabulary's string, not a new one.</summary>
    private static string Key(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!reader.ValueIsEscaped && raw.Length <= MaxKnownKey)
        {
            Span<char> chars = stackalloc char[MaxKnownKey];
            var count = Encoding.UTF8.GetChars(raw, chars);
            if (KnownKeys.TryGetValue(chars[..count], out var known))
            {
                return known;
            }
        }

        return reader.GetString() ?? "";
    }

    private const int MaxKnownKey = 32;

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownKeys =
        CslVocabulary.AllItemKeys.Concat(CslVocabulary.NameKeys).Concat(CslVocabulary.DateKeys).Concat(["references"])
            .Where(k => k.Length <= MaxKnownKey).Distinct(StringComparer.Ordinal)
            .ToDictionary(k => k, k => k, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// One list of entries and one of items per depth, reused for every mapping and list at that depth:
    /// each node's array is made once, at its length, not grown in a builder and copied.
    /// </summary>
    private sealed class Scratch
    {
        private readonly List<List<KeyValuePair<ScalarNode, Node>>> _entries = [];
        private readonly List<List<Node>> _items = [];

        public List<KeyValuePair<ScalarNode, Node>> Entries(int depth) => At(_entries, depth);

        public List<Node> Items(int depth) => At(_items, depth);

        private static List<T> At<T>(List<List<T>> lists, int depth)
        {
            while (lists.Count <= depth)
            {
                lists.Add([]);
            }

            return lists[depth];
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
        private readonly ReadOnlyMemory<byte> _utf8;
        private readonly List<int> _lineStarts = [0];
        private int _line;
        private int _offset;
        private int _column = 1;

        public LineIndex(ReadOnlyMemory<byte> utf8)
        {
            _utf8 = utf8;
            var span = utf8.Span;
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

            _column += Encoding.UTF8.GetCharCount(_utf8.Span.Slice(_offset, offset - _offset));
            _offset = offset;
            return new SourceLocation(file, line + 1, _column);
        }
    }
}
