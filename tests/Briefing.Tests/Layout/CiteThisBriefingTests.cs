using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Layout;

public sealed class CiteThisBriefingTests
{
    [Fact]
    public void BibTeX_fields_escape_every_character_LaTeX_reads_as_a_command_or_group()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "A paragraph.\n");
        var article = Path.Combine(SiteBuilder.BriefingFolder(Path.Combine(temp.Path, "input")), "article.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace(
            "title: A Test Article", "title: '50% of \\{R&D} costs $5 #1 a_b ^ ~ “quoted”'", StringComparison.Ordinal));

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.Success, result.ExitCode);
        var page = File.ReadAllText(Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html"));
        var bibtex = new HtmlParser().ParseDocument(page).QuerySelector(".cite pre")!.TextContent;
        Assert.Contains(
            @"title = {{50\% of \textbackslash{}\{R\&D\} costs \$5 \#1 a\_b \textasciicircum{} \textasciitilde{} “quoted”}},",
            bibtex, StringComparison.Ordinal);
        Assert.Contains("publisher = {Example Publisher},", bibtex, StringComparison.Ordinal);
    }
}
