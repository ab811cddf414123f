using System.Diagnostics;
using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>The real `briefing` executable, run as a separate process as an editor or CI runs it.</summary>
public sealed class CommandLineTests
{
    private const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: A note.
        """;

    [Fact]
    public void Build_exits_0_and_writes_the_site()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);

        var (exit, _, stderr) = Run(temp.Path, "build", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, exit);
        Assert.Contains("Built 1 briefing with 1 notes", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html")));
    }

    [Fact]
    public void Build_with_a_broken_quote_exits_1_with_a_located_error_and_a_caret()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations.Replace("tested a weapon", "tested a wepon", StringComparison.Ordinal));

        var (exit, _, stderr) = Run(temp.Path, "build", "--theme", RepositoryPaths.Theme);

        Assert.Equal(1, exit);
        Assert.Contains($"input/briefings/{SiteBuilder.Slug}/annotations.yml:3:12: error BRF012:", stderr, StringComparison.Ordinal);
        Assert.Contains(" 3 |     quote: tested a wepon\n   |            ^\n", stderr, StringComparison.Ordinal);
        Assert.Contains("\"tested a weapon\"", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "output")));
    }

    [Fact]
    public void Check_in_github_format_emits_an_error_annotation_on_the_quote_line()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations.Replace("tested a weapon", "tested a wepon", StringComparison.Ordinal));

        var (exit, stdout, _) = Run(temp.Path, "check", "--format", "github", "--theme", RepositoryPaths.Theme);

        Assert.Equal(1, exit);
        Assert.StartsWith($"::error file=input/briefings/{SiteBuilder.Slug}/annotations.yml,line=3,col=12,title=BRF012::", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "output")));
    }

    [Fact]
    public void A_passing_check_says_what_it_checked_in_every_format()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);

        var (exit, _, stderr) = Run(temp.Path, "check", "--format", "human", "--theme", RepositoryPaths.Theme);
        var (githubExit, stdout, _) = Run(temp.Path, "check", "--format", "github", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, exit);
        Assert.Equal("Checked 1 briefing with 1 note: 0 errors, 0 warnings.\n", stderr);
        Assert.Equal(0, githubExit);
        Assert.Equal("::notice title=briefing check::Checked 1 briefing with 1 note: 0 errors, 0 warnings.\n", stdout);

        var (jsonExit, json, _) = Run(temp.Path, "check", "--format", "json", "--theme", RepositoryPaths.Theme);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(0, jsonExit);
        Assert.Equal(1, document.RootElement.GetProperty("briefings").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("notes").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Check_in_json_format_lists_each_diagnostic()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations.Replace("tested a weapon", "tested a wepon", StringComparison.Ordinal));

        var (exit, stdout, _) = Run(temp.Path, "check", "--format", "json", "--theme", RepositoryPaths.Theme);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("BRF012", diagnostic.GetProperty("code").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_missing_input_folder_exits_2()
    {
        using var temp = new TempFolder();

        var (exit, _, stderr) = Run(temp.Path, "build", "--theme", RepositoryPaths.Theme);

        Assert.Equal(2, exit);
        Assert.Contains("The input folder 'input' does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_inside_the_input_exits_2()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");

        var (exit, _, stderr) = Run(temp.Path, "build", "--theme", RepositoryPaths.Theme, "--output", "input/out");

        Assert.Equal(2, exit);
        Assert.Contains("inside the input folder", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("check", "--format", "yaml")]
    [InlineData("build", "--base-url", "not a url")]
    public void A_command_line_that_cannot_be_understood_exits_2(params string[] arguments)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");

        var (exit, _, stderr) = Run(temp.Path, [.. arguments, "--theme", RepositoryPaths.Theme]);

        Assert.Equal(2, exit);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deploy-preview", true)]
    [InlineData("branch-deploy", true)]
    [InlineData("production", false)]
    public void On_netlify_previews_are_not_indexed_and_use_the_deploy_url(string context, bool preview)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        var deploy = "https://deploy-preview-42--briefing.netlify.app";
        var environment = new Dictionary<string, string>
        {
            ["NETLIFY"] = "true",
            ["CONTEXT"] = context,
            ["DEPLOY_PRIME_URL"] = deploy,
            ["URL"] = "https://briefing.netlify.app",
        };

        var (exit, _, _) = RunWith(temp.Path, environment, "build", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, exit);
        var index = File.ReadAllText(Path.Combine(temp.Path, "output", "index.html"));
        var robots = File.ReadAllText(Path.Combine(temp.Path, "output", "robots.txt"));
        Assert.Equal(preview, index.Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal));
        Assert.Equal(preview, robots.Contains("Disallow: /", StringComparison.Ordinal));
        var served = preview ? deploy : "https://briefing.netlify.app";
        Assert.Contains($"<meta property=\"og:url\" content=\"{served}/\">", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_accept_text_records_the_text_hash_and_then_checks()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);

        var (exit, _, stderr) = Run(temp.Path, "check", "--accept-text", SiteBuilder.Slug, "--theme", RepositoryPaths.Theme);
        var (missing, _, missingError) = Run(temp.Path, "check", "--accept-text", "no-such-briefing", "--theme", RepositoryPaths.Theme);

        Assert.Equal(0, exit);
        Assert.Contains("Recorded text_sha256: ", stderr, StringComparison.Ordinal);
        Assert.Contains("text_sha256: ", File.ReadAllText(Path.Combine(temp.Path, "input", "briefings", SiteBuilder.Slug, "article.md")), StringComparison.Ordinal);
        Assert.Equal(2, missing);
        Assert.Contains("--accept-text names no briefing", missingError, StringComparison.Ordinal);
    }

    private static (int Exit, string Stdout, string Stderr) Run(string workingFolder, params string[] arguments) =>
        RunWith(workingFolder, new Dictionary<string, string>(), arguments);

    private static (int Exit, string Stdout, string Stderr) RunWith(string workingFolder, Dictionary<string, string> environment, params string[] arguments) =>
        BriefingProcess.Run(workingFolder, environment, arguments);
}
