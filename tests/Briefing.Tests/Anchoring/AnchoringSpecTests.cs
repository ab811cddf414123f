using System.Text.RegularExpressions;
using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Anchoring;

/// <summary>
/// The anchoring specification: each file in Anchoring/Specs is one case — an article body, its
/// annotations, and either the expected article HTML (markers shown as {N:id}) or the expected
/// diagnostics ("CODE file:line:column text-in-message"). Adding a case is adding a file.
/// </summary>
public sealed partial class AnchoringSpecTests
{
    private static readonly string SpecFolder = Path.Combine(AppContext.BaseDirectory, "Anchoring", "Specs");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(SpecFolder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var spec = SpecCase.Read(Path.Combine(SpecFolder, name + ".md"));
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, spec.Article, spec.Annotations);
        var diagnostics = new DiagnosticBag();

        var rendered = BuildBriefing.Run(SiteBuilder.BriefingFolder(input), SourceLibrary.Empty, new MarkdownPipelines(), diagnostics);

        var reported = diagnostics.ToSortedArray()
            .Select(d => $"{d.Code} {Path.GetFileName(d.File)}:{d.Line}:{d.Column} {d.Message} {d.Hint}")
            .ToList();
        if (spec.Diagnostics is { } expectedDiagnostics)
        {
            Assert.Equal(expectedDiagnostics.Count, reported.Count);
            foreach (var (expected, actual) in expectedDiagnostics.Zip(reported))
            {
                var parts = expected.Split(' ', 3);
                Assert.StartsWith($"{parts[0]} {parts[1]} ", actual, StringComparison.Ordinal);
                if (parts.Length == 3)
                {
                    Assert.Contains(parts[2], actual, StringComparison.Ordinal);
                }
            }

            return;
        }

        Assert.Empty(reported);
        Assert.NotNull(rendered);
        var html = ShowMarkers(rendered.ArticleHtml).Trim();
        if (Environment.GetEnvironmentVariable("BRIEFING_ACCEPT_SPECS") == "1" && string.IsNullOrWhiteSpace(spec.ExpectedHtml))
        {
            // For a new case only: fills in its empty expectation, to be read and checked by hand before committing.
            File.AppendAllText(Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Anchoring", "Specs", name + ".md"), html + "\n");
            return;
        }

        Assert.Equal(spec.ExpectedHtml!.Trim(), html);
    }

    /// <summary>
    /// Shows each marker as {N:id} (checking it carries every hook of the output contract) and each
    /// highlighted piece of a quoted passage as [N:…].
    /// </summary>
    internal static string ShowMarkers(string html)
    {
        var shown = Marker().Replace(html, m => $"{{{m.Groups["n"].Value}:{m.Groups["id"].Value}}}");
        shown = Highlight().Replace(shown, m => $"[{m.Groups["n"].Value}:").Replace("</mark>", "]", StringComparison.Ordinal);
        Assert.DoesNotContain("doc-noteref", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("mark", shown, StringComparison.Ordinal);
        return shown;
    }

    [GeneratedRegex("<mark class=\"quote\" data-note=\"(?<n>[0-9]+)\">")]
    private static partial Regex Highlight();

    [GeneratedRegex("<a data-annotation=\"(?<id>[a-z0-9-]+)\" role=\"doc-noteref\" href=\"#note-(?<n>[0-9]+)\" id=\"ref-\\k<n>\">\\k<n></a>")]
    private static partial Regex Marker();

    private sealed record SpecCase(string Article, string Annotations, string? ExpectedHtml, List<string>? Diagnostics)
    {
        public static SpecCase Read(string path)
        {
            var spec = new SpecFile(path);
            return new SpecCase(spec.Section("article") ?? "", spec.Section("annotations") ?? "annotations: []\n", spec.Section("expected"), spec.Lines("diagnostics"));
        }
    }
}
