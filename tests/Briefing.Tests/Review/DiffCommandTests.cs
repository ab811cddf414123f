using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Review;

/// <summary>`briefing diff` on a real git repository: the editorial change of a branch, as a reviewer reads it.</summary>
public sealed class DiffCommandTests
{
    private const string Body = "Pyongyang tested a weapon. China is its biggest trading partner. The border is long.\n";

    private const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: A note about the test.

          - id: trade
            quote: biggest trading partner
            note: China's share of trade grew [@report].

          - id: border
            quote: The border is long
            note: About 1,400 km.
        """;

    private const string Sources = """
        references:
          - id: report
            type: report
            title: Trade report
            URL: https://example.org/report
        """;

    [Fact]
    public void A_branch_that_rewords_one_note_adds_one_and_breaks_one_quote_shows_exactly_those_three_changes()
    {
        using var repository = Seeded();
        repository.Branch("edit");
        var edited = Annotations
            .Replace("A note about the test.", "A note about the first test.", StringComparison.Ordinal)
            .Replace("quote: The border is long", "quote: The border is longer", StringComparison.Ordinal)
            + "\n\n  - id: added\n    quote: China is its\n    note: A new note.\n";
        repository.Write($"input/briefings/{SiteBuilder.Slug}/annotations.yml", edited);
        repository.Commit("Edit the notes");

        var (exit, json, stderr) = BriefingProcess.Run(repository.Path, new Dictionary<string, string>(), "diff", "main", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var document = JsonDocument.Parse(json);
        var briefing = Assert.Single(document.RootElement.GetProperty("briefings").EnumerateArray());
        var notes = briefing.GetProperty("notes").EnumerateArray()
            .Select(n => (n.GetProperty("id").GetString(), n.GetProperty("change").GetString())).ToList();
        Assert.Equal([("test", "reworded"), ("border", "broken"), ("added", "added")], notes);
        Assert.Empty(briefing.GetProperty("sources").EnumerateArray());
        Assert.Empty(briefing.GetProperty("fields").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, briefing.GetProperty("text").ValueKind);
        Assert.Empty(document.RootElement.GetProperty("shared_sources").EnumerateArray());

        var (_, markdown, _) = BriefingProcess.Run(repository.Path, new Dictionary<string, string>(), "diff", "main", "--format", "markdown");
        Assert.Contains("A note about the <ins>first</ins> test\\.", markdown, StringComparison.Ordinal);
        Assert.Contains("**Note broken** `border`", markdown, StringComparison.Ordinal);
        Assert.Contains("BRF012", markdown, StringComparison.Ordinal);
        Assert.Contains("**Note added** `added`", markdown, StringComparison.Ordinal);

        var (_, human, _) = BriefingProcess.Run(repository.Path, new Dictionary<string, string>(), "diff", "main");
        Assert.Contains("A note about the {+first+} test.", human, StringComparison.Ordinal);
        Assert.Equal(3, human.Split('\n').Count(l => l.StartsWith("  note ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sources_topics_rights_and_the_text_are_reported_between_two_refs()
    {
        using var repository = Seeded();
        var baseCommit = repository.Git("rev-parse", "HEAD").Trim();
        repository.Write("input/sources.yml", Sources.Replace("Trade report", "Annual trade report", StringComparison.Ordinal));
        var front = SiteBuilder.FrontMatter.Replace("permission: Republished on {site} with permission.\n",
            "permission: Now republished on {site} with permission.\ntopics: [Trade]\n", StringComparison.Ordinal);
        repository.Write($"input/briefings/{SiteBuilder.Slug}/article.md", front + Body.Replace("long.", "long indeed.", StringComparison.Ordinal));
        repository.Commit("Edit the sources and the article");

        var (exit, markdown, stderr) = BriefingProcess.Run(repository.Path, new Dictionary<string, string>(), "diff", baseCommit, "HEAD", "--format", "markdown");

        Assert.True(exit == 0, stderr);
        Assert.Contains("> [!CAUTION]\n> **The republished text changed** (BRF028", markdown, StringComparison.Ordinal);
        Assert.Contains("**Rights** `copyright.permission`", markdown, StringComparison.Ordinal);
        Assert.Contains("**Topics**: +Trade", markdown, StringComparison.Ordinal);
        Assert.Contains("**Source changed** `report` (`HEAD:input/sources.yml:2`): `title`; cited by `test-briefing#trade`", markdown, StringComparison.Ordinal);
        Assert.Contains("**Note moved** `border`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_broken_in_a_ref_is_reported_with_its_places_in_that_ref_not_in_the_unpacked_copy()
    {
        using var repository = Seeded();
        var baseCommit = repository.Git("rev-parse", "HEAD").Trim();
        repository.Write($"input/briefings/{SiteBuilder.Slug}/annotations.yml",
            Annotations.Replace("quote: The border is long", "quote: is", StringComparison.Ordinal));
        repository.Commit("Make a quote ambiguous");

        var (exit, markdown, stderr) = BriefingProcess.Run(repository.Path, new Dictionary<string, string>(), "diff", baseCommit, "HEAD", "--format", "markdown");

        Assert.True(exit == 0, stderr);
        Assert.Contains("**Note broken** `border`", markdown, StringComparison.Ordinal);
        Assert.Contains(@"occurs 2 times: HEAD:input/briefings/test\-briefing/article\.md:16:34, HEAD:input/briefings/test\-briefing/article\.md:16:77",
            markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("/head/input", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_input_folders_compare_without_git_and_an_unknown_ref_is_a_usage_error()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, Body, Annotations, Sources);
        var other = Path.Combine(temp.Path, "other");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(temp.Path, "input"), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(other, Path.GetRelativePath(Path.Combine(temp.Path, "input"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var (same, output, _) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "diff", "input", "other");
        var (unknown, _, error) = BriefingProcess.Run(temp.Path, new Dictionary<string, string>(), "diff", "no-such-branch");

        Assert.Equal(0, same);
        Assert.Contains("No editorial change", output, StringComparison.Ordinal);
        Assert.Equal(2, unknown);
        Assert.Contains("briefing: ", error, StringComparison.Ordinal);
    }

    private static GitRepository Seeded()
    {
        var repository = new GitRepository();
        repository.Write("input/site.yml", SiteBuilder.SiteYml);
        repository.Write($"input/briefings/{SiteBuilder.Slug}/article.md", SiteBuilder.FrontMatter + Body);
        repository.Write($"input/briefings/{SiteBuilder.Slug}/annotations.yml", Annotations);
        repository.Write("input/sources.yml", Sources);
        repository.Commit("A briefing");
        return repository;
    }
}
