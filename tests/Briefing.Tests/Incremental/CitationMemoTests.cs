using System.Text;
using System.Text.Json.Nodes;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Incremental;

/// <summary>
/// The formatted citations kept in .briefing-cache/&lt;output&gt;/citations.json: a build whose output
/// folder was deleted takes them from there, and makes the same site as a build without any cache;
/// what a citation reads (its source, the style's locale) changing means it is formatted again.
/// </summary>
public sealed class CitationMemoTests : IDisposable
{
    private const string Title = "Peking Review";

    // The title as only a memo changed by hand holds it: the same length, so that the file stays whole.
    private const string Marked = "PEKING REVIEW";

    private readonly TempFolder _temp = new();

    public CitationMemoTests() => SiteBuilder.WithSeedCopies(_temp, "alpha", "bravo");

    private string Input => Path.Combine(_temp.Path, "input");

    private string Output => Path.Combine(_temp.Path, "site", "output");

    private string CacheFolder => Path.Combine(_temp.Path, "site", ".briefing-cache", "output");

    private string Memo => Path.Combine(CacheFolder, "citations.json");

    private string AlphaPage => Path.Combine(Output, "briefings", "alpha", "index.html");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_build_after_the_output_folder_is_deleted_takes_its_citations_from_the_memo()
    {
        Build();
        Assert.True(File.Exists(Memo));
        TamperWithKeptText();

        RebuildFromNothing();

        // The text came from the memo, not from the style: only the memo has it in capitals.
        Assert.Contains(Marked, File.ReadAllText(AlphaPage), StringComparison.Ordinal);
        Assert.Contains(Marked, File.ReadAllText(Path.Combine(Output, "briefings", "alpha", "annotations.jsonld")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_built_from_the_memo_is_the_site_a_build_without_cache_makes()
    {
        Build();

        RebuildFromNothing();

        var fresh = Path.Combine(_temp.Path, "fresh", "output");
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, fresh)).ExitCode);
        Assert.Equal(FolderSnapshot.Take(fresh), FolderSnapshot.Take(Output));
    }

    [Fact]
    public void A_source_that_changed_is_formatted_again()
    {
        Build();
        TamperWithKeptText();
        var sources = Path.Combine(Input, "sources.yml");
        File.WriteAllText(sources, File.ReadAllText(sources).Replace("container-title: Peking Review", "container-title: Peking Weekly Review", StringComparison.Ordinal));

        RebuildFromNothing();

        var page = File.ReadAllText(AlphaPage);
        Assert.Contains("Peking Weekly Review", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Marked, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_citation_locale_does_not_read_what_the_memo_kept()
    {
        Build();
        TamperWithKeptText();
        File.AppendAllText(Path.Combine(Input, "site.yml"), "citation_locale: en-GB\n");

        RebuildFromNothing();

        Assert.Contains(Title, File.ReadAllText(AlphaPage), StringComparison.Ordinal);
        Assert.DoesNotContain(Marked, File.ReadAllText(AlphaPage), StringComparison.Ordinal);
    }

    [Fact]
    public void A_memo_that_cannot_be_read_is_made_again()
    {
        Build();
        var before = File.ReadAllText(AlphaPage);
        var whole = File.ReadAllBytes(Memo);
        File.WriteAllBytes(Memo, whole[..(whole.Length / 2)]);

        RebuildFromNothing();

        Assert.Equal(before, File.ReadAllText(AlphaPage));
        Assert.Equal(whole, File.ReadAllBytes(Memo));
    }

    [Fact]
    public void A_kept_entry_with_strings_missing_is_formatted_again()
    {
        Build();
        var before = File.ReadAllText(AlphaPage);
        var memo = JsonNode.Parse(File.ReadAllText(Memo))!;
        foreach (var (_, entry) in memo["entries"]!.AsObject())
        {
            entry!.AsArray().RemoveAt(entry.AsArray().Count - 1);
        }

        File.WriteAllText(Memo, memo.ToJsonString());

        RebuildFromNothing();

        Assert.Equal(before, File.ReadAllText(AlphaPage));
    }

    [Fact]
    public void An_incremental_build_keeps_what_it_did_not_format_and_a_full_build_only_what_it_used()
    {
        SiteBuilder.Edit(Input, "bravo", "annotations.yml", text => text.Replace("[@usnwc-history]", "[@usnwc-history, 2]", StringComparison.Ordinal));
        Build();
        var first = Entries();
        SiteBuilder.Edit(Input, "alpha", "annotations.yml", text => text.Replace("[@usnwc-history]", "[@usnwc-history, 4]", StringComparison.Ordinal));

        Build();
        var incremental = Entries();
        RebuildFromNothing();

        // alpha's new citations are added to everything kept; a full build drops alpha's old ones, which bravo does not share.
        Assert.True(incremental > first, $"{incremental} entries after the incremental build, {first} before");
        Assert.True(Entries() < incremental, $"{Entries()} entries after the full build, {incremental} before");
    }

    [Fact]
    public void A_build_without_cache_neither_reads_nor_writes_the_memo()
    {
        Build();
        TamperWithKeptText();
        var kept = File.ReadAllBytes(Memo);
        Directory.Delete(Output, recursive: true);

        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, Output, UseCache: false)).ExitCode);

        Assert.DoesNotContain(Marked, File.ReadAllText(AlphaPage), StringComparison.Ordinal);
        Assert.Equal(kept, File.ReadAllBytes(Memo));
    }

    private void Build() =>
        Assert.Equal(ExitCode.Success, BuildSite.Run(new BuildOptions(Input, RepositoryPaths.Theme, Output, UseCache: true)).ExitCode);

    private void RebuildFromNothing()
    {
        Directory.Delete(Output, recursive: true);
        Build();
    }

    private int Entries() => JsonNode.Parse(File.ReadAllText(Memo))!["entries"]!.AsObject().Count;

    /// <summary>Changes the kept text that names the source's container, as no style would write it.</summary>
    private void TamperWithKeptText()
    {
        var (bytes, title, marked) = (File.ReadAllBytes(Memo), Encoding.UTF8.GetBytes(Title), Encoding.UTF8.GetBytes(Marked));
        var changed = 0;
        for (var at = bytes.AsSpan().IndexOf(title); at >= 0; at = bytes.AsSpan().IndexOf(title))
        {
            marked.CopyTo(bytes, at);
            changed++;
        }

        Assert.True(changed > 0);
        File.WriteAllBytes(Memo, bytes);
    }
}
