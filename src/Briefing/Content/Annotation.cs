namespace Briefing.Content;

/// <summary>An editor's annotation: a TextQuoteSelector (quote, prefix, suffix) and the note's Markdown.</summary>
internal sealed record Annotation(
    string Id,
    string Quote,
    string? Prefix,
    string? Suffix,
    string Note,
    SourceLocation At,
    SourceLocation QuoteAt,
    SourceLocation NoteAt
);
