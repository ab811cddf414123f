using System.Collections.Immutable;
using Briefing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Loading;

/// <summary>
/// Reads YAML into located <see cref="Node"/>s with YamlDotNet's parser events. Aliases are refused:
/// content comes from pull requests, and alias expansion is the classic way to blow up a parser.
/// The plain YAML that content files are written in is read first by <see cref="SimpleYamlReader"/>,
/// which gives the same nodes faster, and leaves everything else (and every error) to YamlDotNet.
/// </summary>
internal static class YamlReader
{
    /// <param name="lineOffset">Lines before the text in its file (front matter starts on line 2).</param>
    public static Node? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        if (FirstNonPrintable(text) is { } bad)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, bad.Line + lineOffset, bad.Column),
                $"YAML syntax error: the control character U+{(int)text[bad.Index]:X4} is not allowed in YAML.",
                "Delete it; it is invisible in most editors (a stray paste is the usual cause)."));
            return null;
        }

        return ReadFast(text, file, lineOffset) ?? ReadWithYamlDotNet(text, file, lineOffset, diagnostics);
    }

    /// <summary>The common subset of YAML, read without YamlDotNet; null when not certain to read it the same.</summary>
    internal static Node? ReadFast(string text, string file, int lineOffset) => SimpleYamlReader.Read(text, file, lineOffset);

    /// <summary>Any YAML, read with YamlDotNet's parser events; every syntax error is reported here.</summary>
    internal static Node? ReadWithYamlDotNet(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            if (parser.Accept<DocumentEnd>(out _))
            {
                return null;
            }

            var root = ReadNode(parser, file, lineOffset, depth: 0);
            parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart second)
            {
                // Everything after a second '---' would be dropped without a word.
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, Locate(second.Start, file, lineOffset),
                    "YAML syntax error: a second document starts here; the file may hold only one.",
                    "Remove the '---' line (or '...') so that everything below it is read."));
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            var at = AtOrBeforeEnd(text, ex.Start, file, lineOffset);
            var message = ex.InnerException is { } inner && ex.Message.Contains("See inner", StringComparison.Ordinal)
                ? inner.Message
                : ex.Message;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, at, $"YAML syntax error: {Clean(message)}",
                "Check indentation and quoting; values that contain ': ' or start with a special character need quotes."));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (a '{' in a block sequence
            // followed by another entry; an escape such as "\UFFFFFFFF" beyond Unicode): still a
            // syntax error, at the place the scanner reached.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, AtOrBeforeEnd(text, scanner.CurrentPosition, file, lineOffset),
                "YAML syntax error: the text cannot be read from here on.",
                "Check indentation and quoting; values that contain ': ' or start with a special character need quotes."));
            return null;
        }
        catch (AliasRefused ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlAlias, ex.At, "YAML anchors and aliases (&name, *name) are not allowed.",
                "Write the value out in full."));
            return null;
        }
        catch (TooDeep ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, ex.At, "YAML nesting is too deep (more than 64 levels).",
                "Content files need only a few levels of nesting."));
            return null;
        }
    }

    private const int MaxDepth = 64;

    private static Node ReadNode(IParser parser, string file, int lineOffset, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of YAML.");
        var at = Locate(current.Start, file, lineOffset);
        if (depth > MaxDepth)
        {
            throw new TooDeep(at);
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                if (!scalar.Anchor.IsEmpty)
                {
                    throw new AliasRefused(at);
                }

                var kind = scalar.Style == ScalarStyle.Plain ? ScalarKind.Plain : ScalarKind.Text;
                return new ScalarNode(at, scalar.Value, kind);

            case SequenceStart sequence:
                if (!sequence.Anchor.IsEmpty)
                {
                    throw new AliasRefused(at);
                }

                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<Node>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, file, lineOffset, depth + 1));
                }

                return new SequenceNode(at, items.ToImmutable());

            case MappingStart mapping:
                if (!mapping.Anchor.IsEmpty)
                {
                    throw new AliasRefused(at);
                }

                parser.MoveNext();
                var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, Node>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, file, lineOffset, depth + 1);
                    var value = ReadNode(parser, file, lineOffset, depth + 1);
                    var keyScalar = key as ScalarNode ?? new ScalarNode(key.At, "?", ScalarKind.Text);
                    entries.Add(new(keyScalar, value));
                }

                return new MappingNode(at, entries.ToImmutable());

            case AnchorAlias:
                throw new AliasRefused(at);

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    /// <summary>
    /// An error at the end of a file that does not end with a line break is reported one line past
    /// the last: point at the end of the last line instead, which the editor can see.
    /// </summary>
    private static SourceLocation AtOrBeforeEnd(string text, Mark mark, string file, int lineOffset)
    {
        var lines = System.Text.RegularExpressions.Regex.Split(text, "\r\n|[\r\n\u0085\u2028\u2029]");
        return mark.Line > lines.Length
            ? new SourceLocation(file, lines.Length + lineOffset, lines[^1].Length + 1)
            : Locate(mark, file, lineOffset);
    }

    /// <summary>
    /// The first character outside YAML's printable set (c-printable: TAB, LF, CR, and everything from
    /// U+0020 on except DEL, C1 controls other than NEL, surrogates out of pairs, U+FFFE and U+FFFF).
    /// YamlDotNet lets some through, and they then break the XML of the feed and sitemap.
    /// </summary>
    private static (int Index, int Line, int Column)? FirstNonPrintable(string text)
    {
        // Runs of printable ASCII are skipped whole; each other character is asked. Lines are counted
        // only for the position of a character that is refused.
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var skip = span[i..].IndexOfAnyExceptInRange(' ', '~');
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = span[i];
            var printable = c switch
            {
                '\n' or '\t' or '\r' or '\u0085' => true,
                < ' ' or '\u007F' => false,
                >= '\u0080' and < '\u00A0' => false,
                '\uFFFE' or '\uFFFF' => false,
                _ when char.IsHighSurrogate(c) => i + 1 < span.Length && char.IsLowSurrogate(span[++i]),
                _ when char.IsLowSurrogate(c) => false,
                _ => true,
            };
            if (!printable)
            {
                var lineStart = span[..i].LastIndexOf('\n') + 1;
                return (i, span[..i].Count('\n') + 1, i - lineStart + 1);
            }
        }

        return null;
    }

    private static SourceLocation Locate(Mark mark, string file, int lineOffset) =>
        new(file, (int)mark.Line + lineOffset, (int)Math.Max(1, mark.Column));

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic has the position already.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    private sealed class AliasRefused(SourceLocation at) : Exception
    {
        public SourceLocation At { get; } = at;
    }

    private sealed class TooDeep(SourceLocation at) : Exception
    {
        public SourceLocation At { get; } = at;
    }
}
