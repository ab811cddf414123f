using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Loading;

/// <summary>YAML into located <see cref="Node"/>s from YamlDotNet's events; aliases refused (expansion can blow up a parser).</summary>
internal static class YamlReader
{
    private const int MaxDepth = 64;

    private const string SyntaxHint =
        "Check indentation and quoting; values that contain ': ' or start with a special character need quotes.";

    /// <param name="lineOffset">Lines before the text in its file (front matter starts on line 2).</param>
    public static Node? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var origin = new Origin(file, lineOffset, text);
        if (FirstNonPrintable(text) is { } bad)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, bad.Line + lineOffset, bad.Column),
                $"YAML syntax error: the control character U+{(int)text[bad.Index]:X4} is not allowed in YAML.",
                "Delete it; it is invisible in most editors (a stray paste is the usual cause)."));
            return null;
        }

        var scanner = new Scanner(new StringReader(text));
        try
        {
            return ReadDocument(new Parser(scanner), origin, diagnostics);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner && ex.Message.Contains("See inner", StringComparison.Ordinal)
                ? inner.Message
                : ex.Message;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, origin.Locate(ex.Start),
                $"YAML syntax error: {Clean(message)}", SyntaxHint));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on some malformed input ('{' in a block sequence before
            // another entry; an escape such as "\UFFFFFFFF"): a syntax error where the scanner stopped.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, origin.Locate(scanner.CurrentPosition),
                "YAML syntax error: the text cannot be read from here on.", SyntaxHint));
        }
        catch (Refused ex)
        {
            diagnostics.Add(ex.Diagnostic);
        }

        return null;
    }

    /// <summary>The text's set of keys; anything else is reported as <paramref name="code"/> (an empty text too, unless allowed).</summary>
    public static MappingNode? ReadMapping(string text, string file, int lineOffset, DiagnosticBag diagnostics, string code, string message,
        bool emptyAllowed = false)
    {
        var node = Read(text, file, lineOffset, diagnostics);
        if (node is not MappingNode && (node is not null || (!emptyAllowed && !diagnostics.HasErrors)))
        {
            diagnostics.Add(Diagnostic.Error(code, node?.At ?? new SourceLocation(file, 1, 1), message));
        }

        return node as MappingNode;
    }

    /// <summary>The one document of the stream; null when it is empty or a second document follows.</summary>
    private static Node? ReadDocument(Parser parser, Origin origin, DiagnosticBag diagnostics)
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

        var root = ReadNode(parser, origin, depth: 0);
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart second)
        {
            // Everything after a second '---' would be dropped without a word.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, origin.Locate(second.Start),
                "YAML syntax error: a second document starts here; the file may hold only one.",
                "Remove the '---' line (or '...') so that everything below it is read."));
            return null;
        }

        return root;
    }

    private static Node ReadNode(Parser parser, Origin origin, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of YAML.");
        var at = origin.Locate(current.Start);
        if (depth > MaxDepth)
        {
            throw new Refused(Diagnostic.Error(DiagnosticCodes.YamlSyntax, at, "YAML nesting is too deep (more than 64 levels).",
                "Content files need only a few levels of nesting."));
        }

        if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
        {
            // Past an anchored scalar first: a syntax error just after it is reported before its anchor.
            if (current is Scalar)
            {
                parser.MoveNext();
            }

            throw new Refused(Diagnostic.Error(DiagnosticCodes.YamlAlias, at, "YAML anchors and aliases (&name, *name) are not allowed.",
                "Write the value out in full."));
        }

        if (current is not (Scalar or SequenceStart or MappingStart))
        {
            throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }

        parser.MoveNext();
        if (current is Scalar scalar)
        {
            return new ScalarNode(at, scalar.Value, Plain: scalar.Style == ScalarStyle.Plain);
        }

        if (current is SequenceStart)
        {
            var items = ImmutableArray.CreateBuilder<Node>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, origin, depth + 1));
            }

            return new SequenceNode(at, items.ToImmutable());
        }

        var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, Node>>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, origin, depth + 1);
            entries.Add(new(key as ScalarNode ?? new ScalarNode(key.At, "?", Plain: false), ReadNode(parser, origin, depth + 1)));
        }

        return new MappingNode(at, entries.ToImmutable());
    }

    /// <summary>The first character outside YAML's c-printable set: YamlDotNet lets some through, which break the feed's XML.</summary>
    private static (int Index, int Line, int Column)? FirstNonPrintable(string text)
    {
        // Runs of printable ASCII are skipped whole; lines are counted only for a character that is refused.
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
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }

            var printable = c switch
            {
                '\n' or '\t' or '\r' or '\u0085' => true,
                < ' ' or '\u007F' => false,
                >= '\u0080' and < '\u00A0' => false,
                '\uFFFE' or '\uFFFF' => false,
                _ when char.IsSurrogate(c) => false,
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

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic has the position already.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    /// <summary>A text, the file it is in, and the lines before it in the file.</summary>
    private readonly record struct Origin(string File, int LineOffset, string Text)
    {
        /// <summary>Where a mark is; past the last line (no final line break) is put at the end of that line, which the editor sees.</summary>
        public SourceLocation Locate(Mark mark)
        {
            var at = new SourceLocation(File, (int)mark.Line + LineOffset, (int)Math.Max(1, mark.Column));
            if (mark.Index < Text.Length)
            {
                return at;
            }

            var lines = System.Text.RegularExpressions.Regex.Split(Text, "\r\n|[\r\n\u0085\u2028\u2029]");
            return at.Line - LineOffset > lines.Length ? at with { Line = lines.Length + LineOffset, Column = lines[^1].Length + 1 } : at;
        }
    }

    /// <summary>YAML that parses but that content files may not hold (aliases, deep nesting).</summary>
    private sealed class Refused(Diagnostic diagnostic) : Exception
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
