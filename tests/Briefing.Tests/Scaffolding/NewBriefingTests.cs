using System.Reflection;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Scaffolding;
using Briefing.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Scaffolding;

public sealed class NewBriefingTests
{
    private const string Slug = "new-briefing";
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void The_scaffold_fails_the_build_with_a_located_error_for_each_placeholder()
    {
        using var temp = new TempFolder();
        NewBriefing.Run(Input(temp), Slug, Today);
        var lines = File.ReadAllLines(ArticlePath(temp));

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.InvalidValue, "article.md"), (d.Code, Path.GetFileName(d.File))));
        Assert.Equal(10, result.Diagnostics.Length);
        foreach (var placeholder in Placeholders.Keys)
        {
            var named = result.Diagnostics.Where(d => d.Message.Contains($"'{placeholder}'", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(named);
            Assert.All(named, d => Assert.True(
                lines[d.Line - 1].Contains(placeholder, StringComparison.Ordinal) || lines[d.Line - 1].StartsWith("summary:", StringComparison.Ordinal),
                $"line {d.Line} does not hold '{placeholder}'"));
        }
    }

    [Fact]
    public void Once_every_placeholder_is_replaced_the_scaffold_builds_with_no_diagnostics()
    {
        using var temp = new TempFolder();
        var created = NewBriefing.Run(Input(temp), Slug, Today);
        ReplacePlaceholders(ArticlePath(temp));

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Null(created.UsageError);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Equal(1, result.Notes);
        Assert.True(File.Exists(Path.Combine(temp.Path, "output", "briefings", Slug, "index.html")));
    }

    /// <summary>Each placeholder of the scaffold and what an editor puts in its place.</summary>
    internal static readonly Dictionary<string, string> Placeholders = new()
    {
        [NewBriefing.Title] = "The Real Headline",
        [NewBriefing.Author] = "Ada Writer",
        [NewBriefing.Publisher] = "Real Press",
        [NewBriefing.Url] = "https://press.example/real-article",
        [NewBriefing.Topic] = "Diplomacy",
        [NewBriefing.Summary] = "What the real article is about.",
        [NewBriefing.Body] = "The real article",
    };

    internal static void ReplacePlaceholders(string article)
    {
        var text = File.ReadAllText(article);
        foreach (var (placeholder, replacement) in Placeholders)
        {
            text = text.Replace(placeholder, replacement, StringComparison.Ordinal);
        }

        File.WriteAllText(article, text);
    }

    [Fact]
    public void Every_front_matter_key_the_loader_accepts_is_in_the_scaffold()
    {
        using var temp = new TempFolder();
        var front = FrontMatterOf(temp);

        Assert.Equal(LoaderKeys("Keys").Order(), Keys(front).Order());
        Assert.Equal(LoaderKeys("AuthorKeys").Order(), Keys((YamlMappingNode)((YamlSequenceNode)front["authors"])[0]).Order());
        Assert.Equal(LoaderKeys("SourceKeys").Order(), Keys((YamlMappingNode)front["source"]).Order());
        Assert.Equal(LoaderKeys("CopyrightKeys").Order(), Keys((YamlMappingNode)front["copyright"]).Order());
    }

    [Fact]
    public void Every_top_level_front_matter_key_is_explained_by_a_comment_above_it()
    {
        using var temp = new TempFolder();
        NewBriefing.Run(Input(temp), Slug, Today);
        var lines = File.ReadAllLines(Path.Combine(temp.Path, "input", "briefings", Slug, "article.md"));

        foreach (var key in LoaderKeys("Keys"))
        {
            var at = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
            Assert.True(at > 0, $"'{key}' is missing");
            Assert.StartsWith("#", lines[at - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_scaffold_links_to_a_placeholder_https_source()
    {
        using var temp = new TempFolder();
        var front = FrontMatterOf(temp);

        Assert.Equal(NewBriefing.Url, ((YamlScalarNode)((YamlMappingNode)front["source"])["url"]).Value);
    }

    [Fact]
    public void An_existing_briefing_folder_is_never_overwritten()
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        var article = temp.Write($"input/briefings/{Slug}/article.md", "An editor's work.\n");

        var result = NewBriefing.Run(input, Slug, Today);

        Assert.Null(result.Folder);
        Assert.Contains($"briefings/{Slug}' already exists", result.UsageError, StringComparison.Ordinal);
        Assert.Equal("An editor's work.\n", File.ReadAllText(article));
        Assert.False(File.Exists(Path.Combine(input, "briefings", Slug, "annotations.yml")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Capitals")]
    [InlineData("under_score")]
    [InlineData("with space")]
    [InlineData("../escape")]
    public void A_slug_that_is_not_lower_case_letters_digits_and_hyphens_is_refused(string slug)
    {
        using var temp = new TempFolder();
        var input = Input(temp);

        var result = NewBriefing.Run(input, slug, Today);

        Assert.Contains("is not a valid slug", result.UsageError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "briefings")));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "escape")));
    }

    [Fact]
    public void A_missing_input_folder_is_refused()
    {
        using var temp = new TempFolder();

        var result = NewBriefing.Run(Path.Combine(temp.Path, "input"), Slug, Today);

        Assert.Contains("does not exist", result.UsageError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "input")));
    }

    private static string Input(TempFolder temp)
    {
        temp.Write("input/site.yml", SiteBuilder.SiteYml);
        return Path.Combine(temp.Path, "input");
    }

    private static string ArticlePath(TempFolder temp) => Path.Combine(temp.Path, "input", "briefings", Slug, "article.md");

    private static YamlMappingNode FrontMatterOf(TempFolder temp)
    {
        NewBriefing.Run(Input(temp), Slug, Today);
        var text = File.ReadAllText(Path.Combine(temp.Path, "input", "briefings", Slug, "article.md"));
        var yaml = text.Split("\n---\n", 2)[0].TrimStart('-');
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Keys(YamlMappingNode mapping) =>
        mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    /// <summary>The loader's own key lists, so a key added to it without the scaffold fails here.</summary>
    private static string[] LoaderKeys(string field) =>
        (string[])typeof(LoadArticle).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
}
