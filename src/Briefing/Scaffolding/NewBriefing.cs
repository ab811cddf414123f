using Briefing.Loading;

namespace Briefing.Scaffolding;

/// <summary>`briefing new &lt;slug&gt;`: a briefing folder with every front-matter key present and explained, to fill in.
/// Each placeholder left in article.md is a located error, so no scaffold is published.</summary>
internal static class NewBriefing
{
    public const string Title = "Title of the Original Article";
    public const string Author = "First Author";
    public const string Publisher = "Name of the Publisher";
    public const string Url = "https://example.org/original-article";
    public const string Topic = "Example topic";
    public const string Summary = "One or two sentences that say what the article is about and why it is republished here.";
    public const string Body = "Replace this text with the republished article";

    /// <returns>The folder it created, or why it refused (a usage error, exit 2).</returns>
    public static (string? Folder, string? UsageError) Run(string inputFolder, string slug, DateOnly today)
    {
        if (!LoadAnnotations.IsValidId(slug))
        {
            return (null, $"'{slug}' is not a valid slug: it becomes the page's URL. Use lower-case letters, digits and hyphens, e.g. china-north-korea-relationship.");
        }

        if (!Directory.Exists(inputFolder))
        {
            return (null, $"The input folder '{inputFolder}' does not exist. Run from the repository root or pass --input.");
        }

        var folder = Path.Combine(inputFolder, "briefings", slug);
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            return (null, $"The briefing folder '{ContentFile.DisplayPath(folder)}' already exists; 'briefing new' never overwrites. Choose another slug or edit that folder.");
        }

        var article = Article
            .Replace("{date}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", today.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "article.md"), article);
        File.WriteAllText(Path.Combine(folder, "annotations.yml"), Annotations);
        return (folder, null);
    }

    public static void ReportPlaceholders(MappingReader front, MappingReader? source, MappingReader? copyright, DiagnosticBag diagnostics)
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

    public static void ReportPlaceholderInBody(string body, string file, int bodyFirstLine, DiagnosticBag diagnostics)
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

    // The files it writes: every key explained; placeholders fail the build until replaced.
    private const string Article = $$"""
        ---
        # Attribution of the republished article. Replace every placeholder; see input/README.md.
        # Lines starting with # are comments: the build ignores them.

        # The original's headline, exactly as published. Required.
        title: {{Title}}
        # The original's series label (Backgrounder, Analysis, …). Optional: delete the line if there is none.
        kicker: Backgrounder
        # The original's byline: a list of authors, each with a name and an optional role.
        authors:
          - name: {{Author}}
            role: Staff Writer
        # Who published the original.
        publisher: {{Publisher}}
        # When the original was first published, as YYYY-MM-DD. Keep this, 'updated' or both.
        published: {date}
        # When the original was last updated, as YYYY-MM-DD; the page shows it as the article's date.
        updated: {date}
        # The original article. Required.
        source:
          # Its address: an absolute https (or http) URL. Required; the page's canonical link points here.
          url: {{Url}}
          # What the link back is called ("Read … on the example.org website"). Optional: defaults to the URL's host.
          label: example.org
          # true when only part of the article is republished: the page then invites readers to read the rest.
          excerpt: false
        # The rights holder's terms, or the licence of a text that needs no permission. Required.
        copyright:
          # The notice, word for word as the rights holder asks. Required unless 'license' is set.
          notice: Copyright {year} by {{Publisher}}.
          # The permission text; {site} stands for the site's title. Optional.
          permission: This material is republished on {site} with permission from {{Publisher}}.
          # Who holds the copyright. Optional: defaults to the publisher.
          holder: {{Publisher}}
          # The copyright year. Optional: defaults to the year in the notice.
          year: {year}
          # For a text that needs no permission: public-domain, or an SPDX licence id such as CC-BY-4.0.
          # Optional: the page then states the licence instead of "Republished with permission".
          license:
        # Subjects, one page per topic lists its briefings.
        topics: [{{Topic}}]
        # One or two sentences for the index page and the feed.
        summary: >-
          {{Summary}}
        # Optional guard: the SHA-256 of the text below. Once the article is pasted, run
        # `briefing check --accept-text SLUG` to fill it in; from then on any change to the text fails the build.
        text_sha256:
        ---
        ## Paste the article here

        {{Body}}, verbatim: the build never changes a character of it.
        The example note in annotations.yml is anchored to the example quote in this sentence; replace
        or delete the note when the article is in place.
        """;

    private const string Annotations = """
        # Editor's notes for the article beside this file; see input/README.md.
        # Each note is anchored to a passage of the article by 'quote', copied from the article exactly.
        annotations:
            # Stable and unique in this file: lower-case letters, digits and hyphens.
          - id: example-note
            # The passage the note is about, as the reader sees it (no Markdown).
            quote: the example quote
            # Optional: the text just before the quote, when the quote occurs more than once.
            prefix: "anchored to "
            # Optional: the text just after the quote.
            suffix: " in this sentence"
            # The note, in Markdown (no raw HTML). Cite a source with [@key] or [@key, p. 4],
            # where key is the id of an entry in input/sources.yml or input/sources.json.
            note: >-
              Replace this example with an editor's note, or delete the annotation.
        """;
}
