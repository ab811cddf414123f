using Briefing.Diagnostics;

namespace Briefing.Rendering;

/// <summary>
/// Markdig refuses Markdown nested too deeply (thousands of '>' or '*') while parsing or rendering,
/// with an ArgumentException. That is a content problem, not a crash: report it where it is.
/// </summary>
internal static class MarkdownDepth
{
    public static T? Guard<T>(Func<T> markdig, SourceLocation at, DiagnosticBag diagnostics)
        where T : class
    {
        try
        {
            return markdig();
        }
        catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkdownTooDeep, at,
                "The Markdown is nested too deeply to be read (block quotes, lists, emphasis or brackets hundreds of levels deep).",
                "Look for a long run of '>', '*', '-' or '[' that a copy and paste multiplied."));
            return null;
        }
    }
}
