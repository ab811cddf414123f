using Markdig;
using Markdig.Syntax;

namespace Briefing.Rendering;

/// <summary>Markdown nested too deeply (thousands of '>' or '*', ever deeper lists) is a content problem, not a crash.</summary>
internal static class MarkdownDepth
{
    // Columns of block markers (indentation, '>', list markers) in front of a line's text. Each level of
    // nesting takes two at least, and the parser's work per line grows with the levels open.
    private const int MaxPrefixColumns = 400;

    private static readonly System.Buffers.SearchValues<char> PrefixCharacters = System.Buffers.SearchValues.Create(" \t>-*+.)0123456789");

    /// <summary>Parses <paramref name="markdown"/>, or reports where it nests too deeply and returns null.</summary>
    public static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (DeepLine(markdown) is { } line)
        {
            Report(at.Line > 0 && line > 0 ? at with { Line = at.Line + line, Column = 1 } : at, diagnostics);
            return null;
        }

        return Guard(() => Markdown.Parse(markdown, pipeline), at, diagnostics);
    }

    public static T? Guard<T>(Func<T> markdig, SourceLocation at, DiagnosticBag diagnostics)
        where T : class
    {
        try
        {
            return markdig();
        }
        catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            Report(at, diagnostics);
            return null;
        }
    }

    /// <summary>The index of the first line whose block markers pass the limit, in one pass over the text.</summary>
    internal static int? DeepLine(string markdown)
    {
        var rest = markdown.AsSpan();
        for (var line = 0; ; line++)
        {
            // A tab takes four columns, any other marker character one.
            var prefixLength = rest.IndexOfAnyExcept(PrefixCharacters);
            var prefix = prefixLength < 0 ? rest : rest[..prefixLength];
            if (prefix.Length + (3 * prefix.Count('\t')) > MaxPrefixColumns)
            {
                return line;
            }

            var next = rest.IndexOf('\n');
            if (next < 0)
            {
                return null;
            }

            rest = rest[(next + 1)..];
        }
    }

    private static void Report(SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkdownTooDeep, at,
            "The Markdown is nested too deeply to be read (block quotes, lists, emphasis or brackets hundreds of levels deep).",
            "Look for a long run of '>', '*', '-' or '[' that a copy and paste multiplied."));
}
