using Briefing.Loading;

namespace Briefing.Scaffolding;

/// <summary>The placeholders `briefing new` writes; each one left in article.md is a located error, so no scaffold is published.</summary>
internal static class ScaffoldPlaceholders
{
    public const string Title = "Title of the Original Article";
    public const string Author = "First Author";
    public const string Publisher = "Name of the Publisher";
    public const string Url = "https://example.org/original-article";
    public const string Topic = "Example topic";
    public const string Summary = "One or two sentences that say what the article is about and why it is republished here.";
    public const string Body = "Replace this text with the republished article";

    public static void Report(MappingReader front, MappingReader? source, MappingReader? copyright, DiagnosticBag diagnostics)
    {
        Check(front.Get("title"), "title", Title, "the original's headline", diagnostics);
        foreach (var author in Items(front.Get("authors")))
        {
            var name = author is MappingNode mapping ? mapping.Entries.FirstOrDefault(e => e.Key.Value == "name").Value : author;
            Check(name, "name", Author, "the name of the original's author", diagnostics);
        }

        Check(front.Get("publisher"), "publisher", Publisher, "the name of the original's publisher", diagnostics);
        Check(source?.Get("url"), "url", Url, "the original's address", diagnostics);
        foreach (var key in new[] { "notice", "permission", "holder" })
        {
            Check(copyright?.Get(key), key, Publisher, "the rights holder's own words and name", diagnostics);
        }

        foreach (var topic in Items(front.Get("topics")))
        {
            Check(topic, "topics", Topic, "the article's subjects", diagnostics);
        }

        Check(front.Get("summary"), "summary", Summary, "one or two sentences about this article", diagnostics);
    }

    public static void ReportInBody(string body, string file, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        var at = body.IndexOf(Body, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var lineStart = body.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var line = bodyFirstLine + body.AsSpan(0, lineStart).Count('\n');
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, new SourceLocation(file, line, at - lineStart + 1),
            $"The article's text is still the placeholder '{Body}'.", "Paste the republished article in its place."));
    }

    private static ImmutableArray<Node> Items(Node? node) => node switch
    {
        SequenceNode sequence => sequence.Items,
        null => [],
        _ => [node],
    };

    private static void Check(Node? node, string key, string placeholder, string what, DiagnosticBag diagnostics)
    {
        if (node is ScalarNode scalar && scalar.Value.Contains(placeholder, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, scalar.At,
                $"'{key}' still holds the placeholder '{placeholder}' from 'briefing new'.", $"Replace it with {what}."));
        }
    }
}
