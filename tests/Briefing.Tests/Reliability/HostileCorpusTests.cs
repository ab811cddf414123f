using Briefing.Diagnostics;

namespace Briefing.Tests.Reliability;

/// <summary>
/// The hostile corpus in Reliability/Hostile: one folder per case, holding the files it puts over a
/// site that builds (paths from the site's folder: input/…) and case.txt, which says what it tries,
/// which files it removes (remove: path) and what the build must say: "expect: success" or one
/// "expect: CODE path:line:column" per diagnostic, exactly; a build that succeeds must put every
/// "contains:" text in the briefing's page. Adding a case is adding a folder.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Reliability", "Hostile");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateDirectories(Corpus).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_corpus_has_at_least_thirty_cases()
    {
        Assert.True(Cases().Count >= 30);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_input_gives_exactly_the_expected_diagnostics_and_never_harms_the_output(string name)
    {
        var folder = Path.Combine(Corpus, name);
        var lines = File.ReadAllLines(Path.Combine(folder, "case.txt"));
        var expected = Values(lines, "expect:");
        using var site = new HostileSite();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("case.txt", StringComparison.Ordinal)))
        {
            site.WriteBytes(Path.GetRelativePath(folder, file), File.ReadAllBytes(file));
        }

        foreach (var removed in Values(lines, "remove:"))
        {
            File.Delete(Path.Combine(site.Root, removed));
        }

        var outcome = site.Rebuild();

        Assert.True(outcome.Failure is null, outcome.ToString());
        if (expected is ["success"])
        {
            Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
            OutputAudit.HasNoActiveContent(site.Output);
            var page = File.ReadAllText(Path.Combine(site.Output, "briefings", Support.SiteBuilder.Slug, "index.html"));
            Assert.All(Values(lines, "contains:"), text => Assert.Contains(text, page, StringComparison.Ordinal));
        }
        else
        {
            Assert.True(outcome.Exit == ExitCode.ContentErrors && expected.SequenceEqual(outcome.Described),
                $"expected:\n{string.Join('\n', expected)}\nactual:\n{string.Join('\n', outcome.Described)}\n{outcome}");
        }
    }

    private static string[] Values(string[] lines, string key) =>
        [.. lines.Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[key.Length..].Trim())];
}
