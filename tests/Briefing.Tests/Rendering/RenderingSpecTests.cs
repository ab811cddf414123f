using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// The rendering specification: each file in Rendering/Specs is one case — an article body, and
/// optionally its annotations and the briefing's own sources — with the exact HTML expected of the
/// verbatim article, and where given of the notes and the bibliography, or else the expected
/// diagnostics ("CODE file:line:column text-in-message"). Adding a case is adding a file.
/// </summary>
public sealed class RenderingSpecTests
{
    private static readonly string SpecFolder = Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Rendering", "Specs");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(SpecFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var spec = RenderingSpec.Read(Path.Combine(SpecFolder, name + ".md"));
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, spec.Article, spec.Annotations);
        if (spec.Sources is { } sources)
        {
            temp.Write($"input/briefings/{SiteBuilder.Slug}/sources.yml", sources);
        }

        var diagnostics = new DiagnosticBag();
        var rendered = BuildBriefing.Run(SiteBuilder.BriefingFolder(input), SourceLibrary.Empty, new MarkdownPipelines(), diagnostics);

        var reported = diagnostics.ToSortedArray()
            .Select(d => $"{d.Code} {Path.GetFileName(d.File)}:{d.Line}:{d.Column} {d.Message} {d.Hint}")
            .ToList();
        if (spec.Diagnostics is { } expectedDiagnostics)
        {
            AssertDiagnostics(expectedDiagnostics, reported);
            return;
        }

        Assert.Empty(reported);
        Assert.NotNull(rendered);
        var actual = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["expected"] = rendered.ArticleHtml,
            ["notes"] = string.Concat(rendered.Notes.Select(n => $"[{n.Number}:{n.AnnotationId}] {n.Html.TrimEnd('\n')}\n")),
            ["bibliography"] = string.Concat(rendered.Bibliography.Select(b => $"[{b.Key} {string.Join(',', b.NoteNumbers)}] {b.Html.TrimEnd('\n')}\n")),
        };

        if (Environment.GetEnvironmentVariable("BRIEFING_ACCEPT_SPECS") == "1" && spec.Expected.Count == 0)
        {
            // For a new case only: fills in its expectations, to be read and checked by hand before committing.
            Accept(name, actual);
            return;
        }

        Assert.True(spec.Expected.ContainsKey("expected"), $"{name}.md has no '=== expected' section.");
        foreach (var (section, expected) in spec.Expected)
        {
            Assert.Equal(expected, actual[section]);
        }
    }

    private static void AssertDiagnostics(List<string> expected, List<string> reported)
    {
        Assert.Equal(expected.Count, reported.Count);
        foreach (var (wanted, actual) in expected.Zip(reported))
        {
            var parts = wanted.Split(' ', 3);
            Assert.StartsWith($"{parts[0]} {parts[1]} ", actual, StringComparison.Ordinal);
            if (parts.Length == 3)
            {
                Assert.Contains(parts[2], actual, StringComparison.Ordinal);
            }
        }
    }

    private static void Accept(string name, Dictionary<string, string> actual)
    {
        var path = Path.Combine(SpecFolder, name + ".md");
        foreach (var (section, html) in actual.Where(a => a.Value.Length > 0))
        {
            File.AppendAllText(path, $"=== {section}\n{html}");
        }
    }

    /// <summary>
    /// A case file: "=== name" lines open its sections. Expected sections (expected, notes,
    /// bibliography) are compared byte for byte, each ending in one line break.
    /// </summary>
    private sealed record RenderingSpec(string Article, string? Annotations, string? Sources, Dictionary<string, string> Expected, List<string>? Diagnostics)
    {
        private static readonly string[] ExpectedSections = ["expected", "notes", "bibliography"];

        public static RenderingSpec Read(string path)
        {
            var spec = new SpecFile(path);
            var expected = ExpectedSections.Where(spec.Has).ToDictionary(s => s, s => spec.Section(s)!, StringComparer.Ordinal);
            return new RenderingSpec(spec.Section("article") ?? "", spec.Section("annotations"), spec.Section("sources"), expected, spec.Lines("diagnostics"));
        }
    }
}
