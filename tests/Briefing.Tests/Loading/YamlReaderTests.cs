using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

/// <summary>
/// The YAML reader on whole files: the repository's content and a generated corpus read without an
/// error, and hostile YAML (alias bombs, deep nesting, large documents) is refused or read in bounded
/// time, with every error located.
/// </summary>
public sealed class YamlReaderTests
{
    [Fact]
    public void Front_matter_lines_are_counted_from_the_top_of_the_file() =>
        Assert.Equal(
            "2:1 {2:1 title: 2:8 A, 3:1 note: 3:7 \"x y\", 6:1 updated: 6:10 2008-06-18}",
            YamlDump.Read("title: A\nnote: >-\n  x\n  y\nupdated: 2008-06-18\n", lineOffset: 1));

    [Fact]
    public void Every_yaml_text_of_the_input_folder_is_read_without_an_error()
    {
        var read = new List<string>();
        foreach (var (path, text, lineOffset) in YamlTexts(RepositoryPaths.Input))
        {
            var diagnostics = new DiagnosticBag();
            Assert.NotNull(YamlReader.Read(text, path, lineOffset, diagnostics));
            Assert.Empty(diagnostics.ToSortedArray());
            read.Add(Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'));
        }

        Assert.Contains("input/site.yml", read);
        Assert.Contains("input/sources.yml", read);
        Assert.Contains("input/briefings/china-north-korea-relationship/annotations.yml", read);
        Assert.Contains("input/briefings/china-north-korea-relationship/article.md", read);
        Assert.Contains("input/pages/about.md", read);
    }

    [Fact]
    public void The_generated_corpus_is_read_without_an_error()
    {
        // The benchmarks' corpus generator, in the repository, writes 30 briefings of varied YAML.
        using var temp = new TempFolder();
        var generator = Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Benchmarks", "bench", "make-corpus.py");
        using (var python = Process.Start(new ProcessStartInfo("python3", [generator, "30", temp.Path]) { RedirectStandardOutput = true })!)
        {
            python.StandardOutput.ReadToEnd();
            python.WaitForExit();
            Assert.Equal(0, python.ExitCode);
        }

        var files = 0;
        foreach (var (path, text, lineOffset) in YamlTexts(Path.Combine(temp.Path, "briefing", "input")))
        {
            files++;
            var diagnostics = new DiagnosticBag();
            Assert.True(YamlReader.Read(text, path, lineOffset, diagnostics) is not null && !diagnostics.HasErrors, path);
        }

        Assert.True(files > 60, $"{files} files read");
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_its_first_anchor()
    {
        var bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat(Enumerable.Range('b', 8).Select(c => $"{(char)c}: &{(char)c} [{string.Join(", ", Enumerable.Repeat($"*{(char)(c - 1)}", 9))}]\n"));

        Assert.Equal("BRF019 1:4 YAML anchors and aliases (&name, *name) are not allowed.", YamlDump.Read(bomb));
    }

    [Fact]
    public void An_alias_alone_is_refused_where_it_is() =>
        Assert.Equal("BRF019 2:4 YAML anchors and aliases (&name, *name) are not allowed.", YamlDump.Read("a: b\nc: *x\n"));

    [Fact]
    public void A_tag_on_a_value_is_read_past_and_an_undeclared_tag_handle_is_a_located_error()
    {
        Assert.Equal("1:1 {1:1 a: 1:4 b}", YamlDump.Read("a: !!str b\n"));
        Assert.StartsWith("BRF002 2:4 YAML syntax error:", YamlDump.Read("a: b\nc: !x!y d\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_surrogate_out_of_its_pair_is_refused_where_it_is()
    {
        // Not theory data: a lone surrogate does not survive the test runner's serialization of it.
        Assert.Equal("BRF002 1:5 YAML syntax error: the control character U+D800 is not allowed in YAML.", YamlDump.Read("a: x\uD800\n"));
        Assert.Equal("BRF002 2:1 YAML syntax error: the control character U+DC00 is not allowed in YAML.", YamlDump.Read("a: x\n\uDC00b: c\n"));
        Assert.Equal("1:1 {1:1 a: 1:4 x\uD83D\uDE00}", YamlDump.Read("a: x\uD83D\uDE00\n"));
    }

    [Fact]
    public void An_empty_value_at_the_end_of_a_text_that_ends_in_a_comment_is_located_on_its_last_line()
    {
        Assert.Equal("2:4 (empty)", YamlDump.Read("---\n# c"));
        Assert.Equal("1:1 {1:3 \"?\": 4:7 (empty)}", YamlDump.Read("? k:\n      \n# c\n      "));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("- ", "")]
    public void Nesting_a_hundred_thousand_deep_is_refused_quickly_at_a_location(string open, string close)
    {
        const int Depth = 100_000;
        var text = string.Concat(Enumerable.Repeat(open, Depth)) + "x" + string.Concat(Enumerable.Repeat(close, Depth)) + "\n";
        var clock = Stopwatch.StartNew();

        var result = YamlDump.Read(text);

        Assert.StartsWith("BRF002 1:", result, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{clock.Elapsed} to refuse the text.");
    }

    [Fact]
    public void A_large_list_of_annotations_is_read_in_bounded_time()
    {
        var text = "annotations:\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i =>
            $"  - id: note-{i}\n    quote: a passage of the text, {i}\n    note: >-\n      An editor's note [@src-{i}].\n"));
        var clock = Stopwatch.StartNew();

        var node = YamlReader.Read(text, "f.yml", 0, new DiagnosticBag());

        var list = Assert.IsType<SequenceNode>(Assert.IsType<MappingNode>(node).Entries[0].Value);
        Assert.Equal(20_000, list.Items.Length);
        Assert.Equal(new SourceLocation("f.yml", 2 + (4 * 19_999), 5), list.Items[^1].At);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed} to read the text.");
    }

    /// <summary>Every .yml file under the folder, and the front matter of every .md file.</summary>
    internal static IEnumerable<(string Path, string Text, int LineOffset)> YamlTexts(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path);
            if (extension is not (".yml" or ".yaml" or ".md"))
            {
                continue;
            }

            var text = ContentFile.Decode(File.ReadAllBytes(path), path, new DiagnosticBag());
            if (text is null)
            {
                continue;
            }

            if (extension == ".md")
            {
                if (FrontMatter.Split(text, path, new DiagnosticBag()) is { } parts)
                {
                    yield return (path, parts.Yaml, parts.YamlFirstLine - 1);
                }
            }
            else
            {
                yield return (path, text, 0);
            }
        }
    }
}
