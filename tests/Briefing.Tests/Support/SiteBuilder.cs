namespace Briefing.Tests.Support;

/// <summary>Writes a small but complete input folder (site.yml, one briefing) for a test to change and build.</summary>
internal static class SiteBuilder
{
    public const string Slug = "test-briefing";

    public const string FrontMatter = """
        ---
        title: A Test Article
        authors:
          - name: Ada Writer
            role: Staff Writer
        publisher: Example Publisher
        updated: 2008-06-18
        source:
          url: https://example.org/article
          label: example.org
          excerpt: true
        copyright:
          notice: Copyright 2008 by Example Publisher.
          permission: Republished on {site} with permission.
        ---

        """;

    public const string SiteYml = """
        title: Test Site
        base_url: https://test.example
        language: en
        publisher:
          name: Test Site
          url: https://test.example
        """;

    public static string BriefingFolder(string input) => Path.Combine(input, "briefings", Slug);

    public static string Create(TempFolder temp, string body, string? annotations = null, string? sources = null)
    {
        var input = Path.Combine(temp.Path, "input");
        temp.Write("input/site.yml", SiteYml);
        temp.Write($"input/briefings/{Slug}/article.md", FrontMatter + body);
        if (annotations is not null)
        {
            temp.Write($"input/briefings/{Slug}/annotations.yml", annotations);
        }

        if (sources is not null)
        {
            temp.Write("input/sources.yml", sources);
        }

        return input;
    }

    /// <summary>
    /// The repository's input without its briefings, and the seed briefing copied under each of
    /// <paramref name="slugs"/>: several real briefings for tests of what a build keeps between runs.
    /// </summary>
    public static string WithSeedCopies(TempFolder temp, params string[] slugs)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Input, file);
            if (!relative.StartsWith("briefings", StringComparison.Ordinal))
            {
                temp.WriteBytes(Path.Combine("input", relative), File.ReadAllBytes(file));
            }
        }

        foreach (var slug in slugs)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SeedBriefing))
            {
                temp.WriteBytes(Path.Combine("input", "briefings", slug, Path.GetFileName(file)), File.ReadAllBytes(file));
            }
        }

        return Path.Combine(temp.Path, "input");
    }

    public static BuildOptions Options(TempFolder temp) =>
        new(Path.Combine(temp.Path, "input"), RepositoryPaths.Theme, Path.Combine(temp.Path, "output"));
}
