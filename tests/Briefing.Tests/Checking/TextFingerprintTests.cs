using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Checking;

public sealed class TextFingerprintTests
{
    private const string Body = "Pyongyang tested a weapon.\r\n\r\nA second paragraph — with a dash.\r\n";

    /// <summary>The test article with <paramref name="hashLine"/> as the last line of its front matter (line 15).</summary>
    private static string ArticleWith(string hashLine) => SiteBuilder.FrontMatter[..^"---\n".Length] + hashLine + "---\n" + Body;

    [Fact]
    public void A_recorded_hash_of_the_text_as_it_is_builds()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "x");
        temp.Write($"input/briefings/{SiteBuilder.Slug}/article.md", ArticleWith($"text_sha256: {TextFingerprint.Of(Body)}\n"));

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.Success, result.ExitCode);
    }

    [Fact]
    public void A_changed_character_of_the_text_fails_at_the_recorded_hash()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "x");
        var article = ArticleWith($"text_sha256: {TextFingerprint.Of(Body)}\n").Replace("a dash", "a dash!", StringComparison.Ordinal);
        temp.Write($"input/briefings/{SiteBuilder.Slug}/article.md", article);

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TextChanged, error.Code);
        Assert.Equal((15, 14), (error.Line, error.Column));
        Assert.Contains($"--accept-text {SiteBuilder.Slug}", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_the_text_records_its_hash_and_changes_nothing_else()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "x");
        var path = temp.Write($"input/briefings/{SiteBuilder.Slug}/article.md", ArticleWith("text_sha256: 0000\n"));
        var before = File.ReadAllText(path);

        var hash = TextFingerprint.Accept(Path.Combine(temp.Path, "input"), path, new DiagnosticBag());

        var after = File.ReadAllText(path);
        Assert.Equal(TextFingerprint.Of(Body), hash);
        Assert.Equal(before.Replace("text_sha256: 0000", "text_sha256: " + hash, StringComparison.Ordinal), after);
        Assert.EndsWith("---\n" + Body, after, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Success, BuildSite.Run(SiteBuilder.Options(temp)).ExitCode);
    }

    [Fact]
    public void Accepting_adds_the_key_when_the_front_matter_has_none()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, Body);
        var path = Path.Combine(SiteBuilder.BriefingFolder(Path.Combine(temp.Path, "input")), "article.md");

        var hash = TextFingerprint.Accept(Path.Combine(temp.Path, "input"), path, new DiagnosticBag());

        Assert.Contains($"\ntext_sha256: {hash}\n---\n", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(ExitCode.Success, BuildSite.Run(SiteBuilder.Options(temp)).ExitCode);
    }

    [Fact]
    public void Accepting_never_writes_through_a_link_out_of_the_input_folder()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, Body);
        var outside = temp.Write("outside/article.md", ArticleWith(""));
        var path = Path.Combine(SiteBuilder.BriefingFolder(Path.Combine(temp.Path, "input")), "article.md");
        File.Delete(path);
        File.CreateSymbolicLink(path, outside);
        var diagnostics = new DiagnosticBag();

        Assert.Throws<IOException>(() => TextFingerprint.Accept(Path.Combine(temp.Path, "input"), path, diagnostics));

        Assert.Equal(ArticleWith(""), File.ReadAllText(outside));
        Assert.Equal(DiagnosticCodes.OutsideInput, Assert.Single(diagnostics.ToSortedArray()).Code);
    }
}
