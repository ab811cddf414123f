using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

/// <summary>
/// The fast YAML reader against YamlDotNet: on every YAML file of the repository, on the generated
/// benchmark corpus when it is there, and on edge cases, it gives up or reads the same tree.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    /// <summary>Texts the fast reader must read, the same as YamlDotNet.</summary>
    public static TheoryData<string> Handled => new(
        "a: b\n",
        "a: b",
        "a: b\nc: d\n",
        "---\na: b\n",
        "--- # the start\na: b\n",
        "# a comment\n\na: b # and another\n   # indented comment\nc: d\n",
        "a:\n  b: c\n  d: e\nf: g\n",
        "a:\n  - b\n  - c\n",
        "a:\n- b\n- c\nd: e\n",
        "a:\n- b: c\n  d: e\n- f: g\nh: i\n",
        "- a\n- b\n",
        "- a: b\n  c:\n    - d\n    - e\n- f\n",
        "-   a: b\n    c: d\n",
        "a:\nb: c\n",
        "a:   \nb:\n",
        "a: # nothing\nb: c\n",
        "a:\n",
        "- a:\n- b\n",
        "- a:\n  - b\n",
        "a: 'it''s'\n",
        "a: ''\nb: \"\"\n",
        "a: \"say \\\"hi\\\" \\\\ \\u00e9\\x41\\U0001F600\\n\\t\\/\\_\"\n",
        "a: \"  spaced  \"   # comment\n",
        "a: 'x: y # z'\n",
        "a: x:y\nb: x#y\nc: x  #y\n",
        "a: [China, North Korea]\n",
        "a: [2008, 6, 18]\n",
        "a: [ \"Human rights\" , 'Trade' ]\n",
        "a: []\nb: [ ]\n",
        "a: [x y  z,w]   # c\n",
        "a: -1\nb: -x\n",
        "a: https://x.org/a?b=c&d=e#f\n",
        "a: true\nb: null\nc: ~\nd: 2008-06-18\ne: 1.5\n",
        "a: b [c] {d} e, f\n",
        "a: é 中国 😀 x\n",
        "é: 😀\n",
        "a: |\n  line one\n  line two\n",
        "a: |-\n  line one\n  line two\n\n\nb: c\n",
        "a: |+\n  line one\n  line two\n\n\nb: c\n",
        "a: >\n  folded\n  lines\n\n  new paragraph\n    more indented\n  back\n",
        "a: >-\n  one\n  two\n",
        "a: >+\n  one\n\n",
        "a: > # comment\n  one\n",
        "a: >-\n\n  after a blank line\n",
        "a: |\n  trailing spaces   \n  # not a comment\n",
        "a: >-\n  one\n# a comment ends it\nb: c\n",
        "- |\n  item\n- >\n  item\n",
        "- a: |\n    text\n  b: c\n",
        "a: |\n",
        "a: >-\n  no final newline",
        "a: b\n\n\n",
        "a:\n  b:\n    c:\n      d: e\n");

    /// <summary>Texts where the fast reader may give up, but must not read anything YamlDotNet reads differently.</summary>
    public static TheoryData<string> EdgeCases => new(
        "",
        "\n",
        "# only a comment\n",
        "---\n",
        "a",
        "'a'",
        "[a]",
        "- - a\n",
        "-\n- a\n",
        "-a\n",
        "a: b\n---\nc: d\n",
        "a: b\n...\n",
        "%YAML 1.2\n---\na: b\n",
        "a: &x b\nc: *x\n",
        "a: !!str b\n",
        "? a\n: b\n",
        "a: {b: c}\n",
        "a: [b,\n  c]\n",
        "a: [b, c\n",
        "a: [b: c]\n",
        "a: [b, ]\n",
        "a: [, b]\n",
        "a: [b]#c\n",
        "a: [b #c]\n",
        "a: [-b]\n",
        "a: [b]c\n",
        "a: b\n  c\n",
        "a: b\n\n  c\n",
        "a: b\n  # comment\n  c\n",
        "a: b\n  # comment\nc: d\n",
        "- a\n  b\n",
        "a:\n- b\n c\n",
        "a: 'b\n  c'\n",
        "a: \"b\n  c\"\n",
        "a: \"b\\\n  c\"\n",
        "a: \"b\"c\n",
        "a: \"b\"#c\n",
        "a: 'b'#c\n",
        "a: 'b' c\n",
        "a: \"\\q\"\n",
        "a: \"\\uD800\\uDC00\"\n",
        "a: \"\\u12\"\n",
        "a: b: c\n",
        "a: b:\n",
        "a:b\n",
        "a :b\n",
        "a : b\n",
        "\"a\": b\n",
        "'a': b\n",
        "a b: c\n",
        "a#b: c\n",
        "-a: b\n",
        "a: - b\n",
        "a:\n  b: c\n d: e\n",
        "a:\n  b: c\n    d: e\n",
        "a:\n  - b\n  c: d\n",
        "a: b\n- c\n",
        "- a\nb: c\n",
        " a: b\n",
        "a: b\n c: d\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "\uFEFFa: b\n",
        "a: b\u2028c: d\n",
        "a: b\u0085c: d\n",
        "a: b\0\n",
        "a: |2\n   b\n",
        "a: |-2\n   b\n",
        "a: |#c\n  b\n",
        "a: | b\n",
        "a: |\n   \n  b\n",
        "a: |\n  \n   b\n",
        "a: >\n   \n  b\n",
        "a: >\n  \n   b\n",
        "a: |\n\n\n",
        "a: |+\n\n\nb: c\n",
        "a: >\n  b\n\n\n   c\n  d\n",
        "a: >\n   b\n  c\n",
        "a: >\n  b\n c\n",
        "a: |\n  b\n ...\n",
        "a: |\n  b\n...\n",
        "a: >-\n  b\n   c\n\n  d\n",
        "a: >\n\n\n  b\n\n",
        "a: |\n b\n",
        "- a: >\n   b\n  c: d\n",
        "a:\n    b: |\n     c\n    d: e\n",
        "a: b # c\nd: e #\n",
        "a: *\n",
        "a: @b\n",
        "a: `b`\n",
        "a: %b\n",
        "a: ?b\n",
        "a: :b\n",
        "a: ,b\n",
        "a: ]b\n",
        "a: }b\n",
        "a: -\n",
        "a: --- b\n",
        "a: ... b\n",
        "a: b\n\n---\n",
        "- a\n-\n",
        "a: 'b''\n",
        "a: '''b'''\n",
        "a: \"\\\\\"\n",
        "a: \"\\\"\n",
        "a: \"\\UFFFFFFFF\"\n",
        "a: \"\\U00110000\"\n",
        "a: \"\\x\"\n",
        "a: b\n\u00A0c: d\n",
        "a: \u00A0b\n",
        "a:\u00A0b\n",
        "a: b\u00A0# c\n",
        "\uD83D\uDE00: b\n",
        "a: \uD83D\uDE00 \uD83D\uDE00: b\n",
        "a: x\uD800\n",
        "a: b\nb: c\na: d\n",
        "1: a\n2008-06-18: b\ntrue: c\n",
        "x.y-z_1: a\n",
        "a:\n  - b\n  -\n",
        "a:\n  -   b\n  - c\n",
        "a:\n  - b\n   - c\n",
        "a:\n   - b\n  - c\n",
        "- a: b\n c: d\n",
        "- a: b\n   c: d\n",
        "- a: b\n  - c\n",
        "-  - a\n",
        new string(' ', 300) + "a: b\n",
        "a:\n" + new string(' ', 250) + "b: c\n",
        "a: " + new string('x', 2000) + "\n",
        new string('k', 1100) + ": v\n",
        string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 70) + "v\n",
        string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "- k:\n")));

    [Theory]
    [MemberData(nameof(Handled))]
    public void Common_yaml_is_read_the_same_without_YamlDotNet(string text) =>
        Assert.True(YamlDifferential.Agrees(text), "The fast reader gave up.");

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Unusual_yaml_is_left_to_YamlDotNet_or_read_the_same(string text) => YamlDifferential.Agrees(text);

    [Fact]
    public void Front_matter_lines_are_counted_from_the_top_of_the_file() =>
        Assert.True(YamlDifferential.Agrees("title: A\nnote: >-\n  x\n  y\nupdated: 2008-06-18\n", lineOffset: 1));

    [Fact]
    public void Every_yaml_text_of_the_repository_is_read_the_same_and_content_files_without_YamlDotNet()
    {
        var handled = new List<string>();
        foreach (var (path, text, lineOffset) in RepositoryYaml())
        {
            if (YamlDifferential.Agrees(text, lineOffset))
            {
                handled.Add(Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'));
            }
        }

        Assert.Contains("input/site.yml", handled);
        Assert.Contains("input/sources.yml", handled);
        Assert.Contains("input/briefings/china-north-korea-relationship/annotations.yml", handled);
        Assert.Contains("input/briefings/china-north-korea-relationship/article.md", handled);
        Assert.Contains("input/pages/about.md", handled);
    }

    [Fact]
    public void The_generated_corpus_is_read_the_same_and_without_YamlDotNet()
    {
        const string Corpus = "/tmp/briefing-bench/corpus-250/briefing/input";
        if (!Directory.Exists(Corpus))
        {
            return; // generated by tests/Briefing.Benchmarks/bench/make-corpus.py; not part of the repository
        }

        var files = 0;
        foreach (var (path, text, lineOffset) in YamlTexts(Corpus))
        {
            files++;
            Assert.True(YamlDifferential.Agrees(text, lineOffset), $"The fast reader gave up on {path}.");
        }

        Assert.True(files > 250);
    }

    [Fact]
    public void Read_still_reports_errors_and_aliases_through_YamlDotNet()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlReader.Read("a: &x b\nc: *x\n", "f.yml", 0, diagnostics));
        Assert.Equal(DiagnosticCodes.YamlAlias, Assert.Single(diagnostics.ToSortedArray()).Code);

        diagnostics = new DiagnosticBag();
        Assert.Null(YamlReader.Read("a: b\nc\n", "f.yml", 0, diagnostics));
        Assert.Equal(DiagnosticCodes.YamlSyntax, Assert.Single(diagnostics.ToSortedArray()).Code);
    }

    private static IEnumerable<(string Path, string Text, int LineOffset)> RepositoryYaml() =>
        YamlTexts(RepositoryPaths.Input)
            .Concat(YamlTexts(Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Reliability", "Hostile")));

    /// <summary>Every .yml file under the folder, and the front matter of every .md file.</summary>
    private static IEnumerable<(string Path, string Text, int LineOffset)> YamlTexts(string folder)
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
