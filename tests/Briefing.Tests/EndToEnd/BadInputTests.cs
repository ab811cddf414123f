using System.Text;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.EndToEnd;

/// <summary>
/// Each bad input gives one clear, located diagnostic and exit 1, and leaves the previous output
/// byte-for-byte as it was, with no staging folder left behind.
/// </summary>
public sealed class BadInputTests
{
    // The same small site the hostile corpus breaks.
    private const string Body = Reliability.HostileSite.Body;
    private const string Annotations = Reliability.HostileSite.Annotations;
    private const string Sources = Reliability.HostileSite.Sources;

    public static TheoryData<string, string, string, int, int, string> Cases() => new()
    {
        // name, file to replace (relative to the briefing folder, or input/ when it starts with '/'), code, line, column, text in message or hint
        { "unknown front-matter key", "article.md", "BRF004", 2, 1, "Did you mean 'title'?" },
        { "unknown annotation key", "annotations.yml", "BRF004", 3, 5, "Did you mean 'quote'?" },
        { "missing title", "article.md", "BRF005", 2, 1, "'title'" },
        { "missing source url", "article.md", "BRF005", 9, 3, "'url'" },
        { "missing copyright notice", "article.md", "BRF005", 13, 3, "'notice'" },
        { "yaml syntax error", "annotations.yml", "BRF002", 4, 11, "YAML syntax error" },
        { "json syntax error", "/sources.json", "BRF003", 3, 3, "JSON syntax error" },
        { "quote found nowhere", "annotations.yml", "BRF012", 3, 12, "nearest passage" },
        { "quote found in several places", "annotations.yml", "BRF013", 3, 12, "occurs 2 times" },
        { "empty quote", "annotations.yml", "BRF014", 3, 12, "The quote is empty" },
        { "duplicate ids", "annotations.yml", "BRF010", 5, 5, "already used at line 2" },
        { "unknown citation key", "annotations.yml", "BRF016", 4, 11, "Did you mean '@unsc-1718'?" },
        { "impossible date", "article.md", "BRF007", 7, 10, "February 2008 has 29 days" },
        { "article not utf-8", "article.md", "BRF001", 18, 12, "not valid UTF-8" },
        { "empty body", "article.md", "BRF008", 16, 1, "no text" },
        { "javascript link in a note", "annotations.yml", "BRF018", 4, 11, "javascript:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_one_located_diagnostic_and_leaves_output_untouched(
        string name, string file, string code, int line, int column, string text)
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, Body, Annotations, Sources);
        var options = SiteBuilder.Options(temp);
        var first = BuildSite.Run(options);
        Assert.Equal(ExitCode.Success, first.ExitCode);
        var before = FolderSnapshot.Take(options.OutputFolder);
        var siblingsBefore = FolderSnapshot.Siblings(options.OutputFolder);

        Break(name, input, temp);
        var result = BuildSite.Run(options);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.Equal(code, diagnostic.Code);
        var expectedFile = file.StartsWith('/') ? file[1..] : file;
        Assert.Equal(expectedFile, Path.GetFileName(diagnostic.File));
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
        Assert.Contains(text, diagnostic.Message + " " + diagnostic.Hint, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Take(options.OutputFolder));
        Assert.Equal(siblingsBefore, FolderSnapshot.Siblings(options.OutputFolder));
    }

    private static void Break(string name, string input, TempFolder temp)
    {
        var briefing = $"input/briefings/{SiteBuilder.Slug}/";
        var article = SiteBuilder.FrontMatter + Body;
        switch (name)
        {
            case "unknown front-matter key":
                temp.Write(briefing + "article.md", article.Replace("title:", "tittle:", StringComparison.Ordinal));
                break;
            case "unknown annotation key":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("quote:", "qoute:", StringComparison.Ordinal));
                break;
            case "missing title":
                temp.Write(briefing + "article.md", article.Replace("title: A Test Article\n", "", StringComparison.Ordinal));
                break;
            case "missing source url":
                temp.Write(briefing + "article.md", article.Replace("  url: https://example.org/article\n", "", StringComparison.Ordinal));
                break;
            case "missing copyright notice":
                temp.Write(briefing + "article.md", article.Replace("  notice: Copyright 2008 by Example Publisher.\n", "", StringComparison.Ordinal));
                break;
            case "yaml syntax error":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("note: North", "note: \"North", StringComparison.Ordinal));
                break;
            case "json syntax error":
                File.Delete(Path.Combine(input, "sources.yml"));
                temp.Write("input/sources.json", "[\n  {\"id\": \"unsc-1718\", \"type\": \"legislation\"}\n  {\"id\": \"other\"}\n]\n");
                break;
            case "quote found nowhere":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("a nuclear weapon in October 2006", "a nuclear weapon in November 2006", StringComparison.Ordinal));
                break;
            case "quote found in several places":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("quote: tested a nuclear weapon in October 2006", "quote: Pyongyang tested a", StringComparison.Ordinal));
                break;
            case "empty quote":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("quote: tested a nuclear weapon in October 2006", "quote: \"  \"", StringComparison.Ordinal));
                break;
            case "duplicate ids":
                temp.Write(briefing + "annotations.yml", Annotations + "\n" + """
                      - id: first-test
                        quote: China agreed
                        note: Again.
                    """);
                break;
            case "unknown citation key":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("[@unsc-1718]", "[@unsc-1781]", StringComparison.Ordinal));
                break;
            case "impossible date":
                temp.Write(briefing + "article.md", article.Replace("updated: 2008-06-18", "updated: 2008-02-30", StringComparison.Ordinal));
                break;
            case "article not utf-8":
                var bytes = Encoding.UTF8.GetBytes(article).ToList();
                var at = Encoding.UTF8.GetByteCount(SiteBuilder.FrontMatter + "## Introduction\n\nPyongyang t");
                bytes.Insert(at, 0xE9); // Latin-1 'é', invalid on its own in UTF-8
                temp.WriteBytes(briefing + "article.md", [.. bytes]);
                break;
            case "empty body":
                temp.Write(briefing + "article.md", SiteBuilder.FrontMatter + "\n  \n");
                temp.Write(briefing + "annotations.yml", "annotations: []\n");
                break;
            case "javascript link in a note":
                temp.Write(briefing + "annotations.yml", Annotations.Replace("October 9, 2006", "[October 9, 2006](javascript:alert(1))", StringComparison.Ordinal));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such case");
        }
    }

    [Fact]
    public void A_note_whose_quote_is_not_found_is_still_checked_for_its_citations()
    {
        using var site = new Reliability.HostileSite();
        site.Write(Reliability.HostileSite.BriefingPath + "annotations.yml", Annotations
            .Replace("October 2006", "November 2006", StringComparison.Ordinal)
            .Replace("[@unsc-1718]", "[@unsc-1781]", StringComparison.Ordinal));

        var outcome = site.Rebuild();

        Assert.Equal(
            ["BRF012 " + Reliability.HostileSite.BriefingPath + "annotations.yml:3:12", "BRF016 " + Reliability.HostileSite.BriefingPath + "annotations.yml:4:11"],
            outcome.Described);
    }
}
