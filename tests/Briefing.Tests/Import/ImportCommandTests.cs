using Briefing.Tests.Support;

namespace Briefing.Tests.Import;

/// <summary>`briefing import` as an editor runs it: the seed capture, refusals, and what check says afterwards.</summary>
public sealed class ImportCommandTests
{
    private static readonly string Capture = Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "EndToEnd", "Capture", "000_1b254e610d591061.txt");
    private const string Url = "https://www.cfr.org/backgrounder/china-north-korea-relationship";

    [Fact]
    public void The_seed_capture_imports_to_the_seed_briefings_text_word_for_word()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var (exit, stdout, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", Capture, "--slug", "seed", "--source-url", Url);
        Assert.True(exit == 0, stderr);
        Assert.Contains("The China-North Korea Relationship", stdout, StringComparison.Ordinal);

        var imported = File.ReadAllText(Path.Combine(input, "briefings", "seed", "article.md"));
        var today = File.ReadAllText(Path.Combine(RepositoryPaths.SeedBriefing, "article.md"));
        Assert.Equal(today.Split("\n---\n", 2)[1], imported.Split("\n---\n", 2)[1]);
        Assert.Contains("kicker: Backgrounder", imported, StringComparison.Ordinal);
        Assert.Contains("  - name: Jayshree Bajoria\n    role: Staff Writer", imported, StringComparison.Ordinal);
        Assert.Contains("updated: 2008-06-18", imported, StringComparison.Ordinal);
        Assert.Contains("  label: cfr.org\n  excerpt: true", imported, StringComparison.Ordinal);
        Assert.Contains("text_sha256: ", imported, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_fails_on_the_empty_rights_until_the_editor_fills_them()
    {
        using var temp = new TempFolder();
        SiteBuilder.WithSeedCopies(temp);
        BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", Capture, "--slug", "seed", "--source-url", Url);
        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "check", "--theme", RepositoryPaths.Theme);
        Assert.Equal(1, exit);
        Assert.Contains("input/briefings/seed/article.md:", stderr, StringComparison.Ordinal);
        Assert.Contains("BRF005: 'copyright' is missing the required key 'notice'", stderr, StringComparison.Ordinal);
        Assert.Contains("1 error", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_briefing_is_not_overwritten_without_force()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp, "seed");
        var before = File.ReadAllText(Path.Combine(input, "briefings", "seed", "article.md"));
        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", Capture, "--slug", "seed");
        Assert.Equal(2, exit);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(input, "briefings", "seed", "article.md")));

        var (forced, _, _) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", Capture, "--slug", "seed", "--force");
        Assert.Equal(0, forced);
        Assert.NotEqual(before, File.ReadAllText(Path.Combine(input, "briefings", "seed", "article.md")));
        Assert.Contains("alliance-treaty", File.ReadAllText(Path.Combine(input, "briefings", "seed", "annotations.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.html", "")]
    [InlineData("blank.txt", "   \n\n  ")]
    [InlineData("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void A_source_that_is_not_an_article_exits_1_and_writes_nothing(string name, string content)
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var source = temp.Write(name, content);
        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", source, "--slug", "new-one");
        Assert.Equal(1, exit);
        Assert.Contains("Nothing was written", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "briefings", "new-one")));
    }

    [Fact]
    public void A_binary_file_exits_1_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var source = temp.WriteBytes("photo.html", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3]);
        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", source, "--slug", "new-one");
        Assert.Equal(1, exit);
        Assert.Contains("binary", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(input, "briefings", "new-one")));
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_read_as_windows_1252_curly_quotes_and_dashes_included()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var paragraph = "<p>The envoy called the talks \u201Cfrank\u201D \u2013 a word chosen with care at the caf\u00E9 where the delegations met, "
            + "after a week in which neither side had said anything in public about the border, the trade in fuel or the refugees.</p>";
        var html = $"<html><head><title>Talks</title></head><body><article><h1>Talks</h1>{string.Concat(Enumerable.Repeat(paragraph, 6))}</article></body></html>";
        var source = temp.WriteBytes("talks.html", System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html));

        var (exit, _, stderr) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "import", source, "--slug", "talks");

        Assert.True(exit == 0, stderr);
        var imported = File.ReadAllText(Path.Combine(input, "briefings", "talks", "article.md"));
        Assert.Contains("called the talks \u201Cfrank\u201D \u2013 a word chosen with care at the caf\u00E9", imported, StringComparison.Ordinal);
    }
}
