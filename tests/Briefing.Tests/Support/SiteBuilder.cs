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

    /// <summary>Changes one file of a briefing in <paramref name="input"/>; the change must change something.</summary>
    public static void Edit(string input, string slug, string file, Func<string, string> change)
    {
        var path = Path.Combine(input, "briefings", slug, file);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }

    /// <summary>The text with the first occurrence of <paramref name="what"/>, which must be there, replaced.</summary>
    public static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{what}' is not in the text");
        return text[..at] + with + text[(at + what.Length)..];
    }
}
