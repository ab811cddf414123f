using Briefing.Loading;

namespace Briefing.Scaffolding;

/// <summary>`briefing new &lt;slug&gt;`: a briefing folder with every front-matter key present and explained, to fill in.</summary>
internal static class NewBriefing
{
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

    // The files it writes: every key explained; placeholders fail the build until replaced.
    private const string Article = $$"""
        ---
        # Attribution of the republished article. Replace every placeholder; see input/README.md.
        # Lines starting with # are comments: the build ignores them.

        # The original's headline, exactly as published. Required.
        title: {{ScaffoldPlaceholders.Title}}
        # The original's series label (Backgrounder, Analysis, …). Optional: delete the line if there is none.
        kicker: Backgrounder
        # The original's byline: a list of authors, each with a name and an optional role.
        authors:
          - name: {{ScaffoldPlaceholders.Author}}
            role: Staff Writer
        # Who published the original.
        publisher: {{ScaffoldPlaceholders.Publisher}}
        # When the original was first published, as YYYY-MM-DD. Keep this, 'updated' or both.
        published: {date}
        # When the original was last updated, as YYYY-MM-DD; the page shows it as the article's date.
        updated: {date}
        # The original article. Required.
        source:
          # Its address: an absolute https (or http) URL. Required; the page's canonical link points here.
          url: {{ScaffoldPlaceholders.Url}}
          # What the link back is called ("Read … on the example.org website"). Optional: defaults to the URL's host.
          label: example.org
          # true when only part of the article is republished: the page then invites readers to read the rest.
          excerpt: false
        # The rights holder's terms, or the licence of a text that needs no permission. Required.
        copyright:
          # The notice, word for word as the rights holder asks. Required unless 'license' is set.
          notice: Copyright {year} by {{ScaffoldPlaceholders.Publisher}}.
          # The permission text; {site} stands for the site's title. Optional.
          permission: This material is republished on {site} with permission from {{ScaffoldPlaceholders.Publisher}}.
          # Who holds the copyright. Optional: defaults to the publisher.
          holder: {{ScaffoldPlaceholders.Publisher}}
          # The copyright year. Optional: defaults to the year in the notice.
          year: {year}
          # For a text that needs no permission: public-domain, or an SPDX licence id such as CC-BY-4.0.
          # Optional: the page then states the licence instead of "Republished with permission".
          license:
        # Subjects, one page per topic lists its briefings.
        topics: [{{ScaffoldPlaceholders.Topic}}]
        # One or two sentences for the index page and the feed.
        summary: >-
          {{ScaffoldPlaceholders.Summary}}
        # Optional guard: the SHA-256 of the text below. Once the article is pasted, run
        # `briefing check --accept-text SLUG` to fill it in; from then on any change to the text fails the build.
        text_sha256:
        ---
        ## Paste the article here

        {{ScaffoldPlaceholders.Body}}, verbatim: the build never changes a character of it.
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
