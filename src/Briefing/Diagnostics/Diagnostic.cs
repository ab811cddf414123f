namespace Briefing.Diagnostics;

internal enum Severity
{
    Warning,
    Error,
}

/// <summary>One content problem, located in a file: line and column are 1-based, 0 for the whole file.</summary>
internal sealed record Diagnostic(string Code, Severity Severity, string File, int Line, int Column, string Message, string? Hint = null)
{
    public static Diagnostic Error(string code, SourceLocation at, string message, string? hint = null) =>
        new(code, Severity.Error, at.File, at.Line, at.Column, message, hint);

    public static Diagnostic Warning(string code, SourceLocation at, string message, string? hint = null) =>
        new(code, Severity.Warning, at.File, at.Line, at.Column, message, hint);
}

/// <summary>A position in a content file (1-based line and column).</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
