using Briefing.Tests.Support;

namespace Briefing.Tests.Import;

/// <summary>`briefing import-annotations`: this site's own export round-trips; a browser tool's export is anchored or reported.</summary>
public sealed class AnnotationImportTests
{
    private const string Slug = "china-north-korea-relationship";
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void The_sites_own_annotations_jsonld_imported_into_a_copy_without_notes_rebuilds_a_byte_identical_page()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp, Slug);
        Assert.Equal(0, BriefingProcess.Run(temp.Path, NoEnvironment, "build", "--theme", RepositoryPaths.Theme).Exit);
        var page = File.ReadAllBytes(Path.Combine(temp.Path, "output", "briefings", Slug, "index.html"));
        var export = temp.WriteBytes("export.jsonld", File.ReadAllBytes(Path.Combine(temp.Path, "output", "briefings", Slug, "annotations.jsonld")));
        File.WriteAllText(Path.Combine(input, "briefings", Slug, "annotations.yml"), "annotations: []\n");

        var (exit, stdout, stderr) = BriefingProcess.Run(temp.Path, NoEnvironment, "import-annotations", export, "--slug", Slug);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Read 15 annotations: 15 imported, 0 skipped.", stdout, StringComparison.Ordinal);
        Assert.Equal(0, BriefingProcess.Run(temp.Path, NoEnvironment, "build", "--theme", RepositoryPaths.Theme).Exit);
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(temp.Path, "output", "briefings", Slug, "index.html")));
    }

    [Fact]
    public void A_Hypothesis_export_adds_what_anchors_and_lists_the_rest_with_the_reason()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp, Slug);
        var before = File.ReadAllText(Path.Combine(input, "briefings", Slug, "annotations.yml"));
        var export = temp.Write("hypothesis.json", """
            {"total": 5, "rows": [
              {"id": "a1", "uri": "https://www.cfr.org/backgrounder/china-north-korea-relationship", "text": "See *the* treaty of 1961 [@peking-review-1961].",
               "tags": ["treaty", "alliance"], "user": "acct:editor@hypothes.is", "created": "2026-12-01T10:00:00Z",
               "target": [{"source": "https://www.cfr.org/backgrounder/china-north-korea-relationship",
                 "selector": [{"type": "TextPositionSelector", "start": 10, "end": 20},
                              {"type": "TextQuoteSelector", "exact": "main source of food, arms, and fuel", "prefix": "partner, and ", "suffix": ". In"}]}]},
              {"id": "a2", "uri": "https://www.cfr.org/backgrounder/china-north-korea-relationship", "text": "Orphaned.",
               "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "a sentence that is not in the article"}]}]},
              {"id": "a3", "uri": "https://www.cfr.org/backgrounder/china-north-korea-relationship", "text": "No selector.", "target": [{"source": "x"}]},
              {"id": "a4", "uri": "https://example.org/another-page", "text": "Elsewhere.",
               "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "North Korea"}]}]},
              {"id": "a5", "uri": "https://www.cfr.org/backgrounder/china-north-korea-relationship", "text": "Which one?",
               "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "North Korea"}]}]}
            ]}
            """);

        var (exit, stdout, stderr) = BriefingProcess.Run(temp.Path, NoEnvironment, "import-annotations", export, "--slug", Slug);
        Assert.True(exit == 0, stderr);
        Assert.Contains("Read 5 annotations: 1 imported, 4 skipped.", stdout, StringComparison.Ordinal);
        Assert.Contains("#2", stdout, StringComparison.Ordinal);
        Assert.Contains("not in the article", stdout, StringComparison.Ordinal);
        Assert.Contains("no TextQuoteSelector", stdout, StringComparison.Ordinal);
        Assert.Contains("another page", stdout, StringComparison.Ordinal);
        Assert.Contains("occurs", stdout, StringComparison.Ordinal);

        var after = File.ReadAllText(Path.Combine(input, "briefings", Slug, "annotations.yml"));
        Assert.StartsWith(before.TrimEnd(), after, StringComparison.Ordinal);
        Assert.Contains("  # tags: treaty, alliance\n", after, StringComparison.Ordinal);
        Assert.Contains("  - id: main-source-of-food-arms-and-fuel\n", after, StringComparison.Ordinal);
        Assert.Contains("See *the* treaty of 1961 [@peking-review-1961].", after, StringComparison.Ordinal);
        Assert.Equal(0, BriefingProcess.Run(temp.Path, NoEnvironment, "check", "--theme", RepositoryPaths.Theme).Exit);
    }

    [Fact]
    public void A_malformed_file_is_one_located_diagnostic_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp, Slug);
        var before = File.ReadAllText(Path.Combine(input, "briefings", Slug, "annotations.yml"));
        var export = temp.Write("broken.json", "{\"rows\": [\n  {\"text\": \"x\",}\n]}\n");

        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, NoEnvironment, "import-annotations", export, "--slug", Slug);
        Assert.Equal(1, exit);
        Assert.Contains("broken.json:2:", stderr, StringComparison.Ordinal);
        Assert.Contains("BRF070", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(input, "briefings", Slug, "annotations.yml")));
    }

    [Fact]
    public void Replace_puts_the_imported_notes_in_place_of_the_old_ones()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp, Slug);
        var export = temp.Write("w3c.jsonld", """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
             "body": {"type": "TextualBody", "format": "text/html", "value": "<p>An <em>HTML</em> note <script>alert(1)</script></p>"},
             "target": {"source": "https://www.cfr.org/backgrounder/china-north-korea-relationship",
                        "selector": {"type": "TextQuoteSelector", "exact": "Six-Party Talks", "suffix": ", the multilateral"}}}
            """);
        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, NoEnvironment, "import-annotations", export, "--slug", Slug, "--replace");
        Assert.True(exit == 0, stderr);
        var after = File.ReadAllText(Path.Combine(input, "briefings", Slug, "annotations.yml"));
        Assert.DoesNotContain("alliance-treaty", after, StringComparison.Ordinal);
        Assert.Contains("An *HTML* note", after, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", after, StringComparison.Ordinal);
    }
}
