using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>Splits "---\nYAML\n---\nbody" without touching a character of the body.</summary>
internal static class FrontMatter
{
    public sealed record Parts(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

    public static Parts? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (!IsFence(text, 0, out var afterOpening))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatter, new SourceLocation(file, 1, 1),
                "The article must start with front matter: a line '---', the attribution in YAML, and another '---'.",
                "Add the front matter block (title, authors, publisher, source, copyright) at the top of the file."));
            return null;
        }

        var line = 2;
        var position = afterOpening;
        while (position < text.Length)
        {
            if (IsFence(text, position, out var afterClosing))
            {
                return new Parts(text[afterOpening..position], 2, text[afterClosing..], line + 1);
            }

            var next = text.IndexOf('\n', position);
            if (next < 0)
            {
                break;
            }

            position = next + 1;
            line++;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatter, new SourceLocation(file, 1, 1),
            "The front matter is not closed.", "Add a line '---' after the last attribution key."));
        return null;
    }

    /// <summary>A line that is exactly "---" (or "..." as a closing fence), with an optional CR.</summary>
    private static bool IsFence(string text, int start, out int next)
    {
        next = start;
        var end = text.IndexOf('\n', start);
        var lineEnd = end < 0 ? text.Length : end;
        var line = text.AsSpan(start, lineEnd - start).TrimEnd('\r').TrimEnd(' ');
        if (line is "---" || (start > 0 && line is "..."))
        {
            next = end < 0 ? text.Length : end + 1;
            return true;
        }

        return false;
    }
}
