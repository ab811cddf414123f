namespace Briefing.Loading;

/// <summary>Splits "---\nYAML\n---\nbody" without touching a character of the body.</summary>
internal static class FrontMatter
{
    public sealed record Parts(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

    /// <summary>Splits text already decoded (a page, an article whose hash is recorded).</summary>
    public static Parts? Split(string text, string file, DiagnosticBag diagnostics) => Split(Encoding.UTF8.GetBytes(text), file, diagnostics);

    /// <summary>Splits a file's valid UTF-8 (without its BOM), decoding only the two parts: the body is never copied.</summary>
    public static Parts? Split(ReadOnlySpan<byte> utf8, string file, DiagnosticBag diagnostics)
    {
        if (!IsFence(utf8, 0, out var afterOpening))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatter, new SourceLocation(file, 1, 1),
                "The article must start with front matter: a line '---', the attribution in YAML, and another '---'.",
                "Add the front matter block (title, authors, publisher, source, copyright) at the top of the file."));
            return null;
        }

        var line = 2;
        var position = afterOpening;
        while (position < utf8.Length)
        {
            if (IsFence(utf8, position, out var afterClosing))
            {
                return new Parts(Encoding.UTF8.GetString(utf8[afterOpening..position]), 2, Encoding.UTF8.GetString(utf8[afterClosing..]), line + 1);
            }

            var next = utf8[position..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            position += next + 1;
            line++;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatter, new SourceLocation(file, 1, 1),
            "The front matter is not closed.", "Add a line '---' after the last attribution key."));
        return null;
    }

    /// <summary>A line that is exactly "---" (or "..." as a closing fence), with an optional CR.</summary>
    private static bool IsFence(ReadOnlySpan<byte> utf8, int start, out int next)
    {
        next = start;
        var end = utf8[start..].IndexOf((byte)'\n');
        var lineEnd = end < 0 ? utf8.Length : start + end;
        var line = utf8[start..lineEnd].TrimEnd((byte)'\r').TrimEnd((byte)' ');
        if (line.SequenceEqual("---"u8) || (start > 0 && line.SequenceEqual("..."u8)))
        {
            next = end < 0 ? utf8.Length : lineEnd + 1;
            return true;
        }

        return false;
    }
}
