using Briefing.Content;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Benchmarks;

/// <summary>
/// The briefings a benchmark works on: the folders of a corpus written by
/// tests/Briefing.Benchmarks/bench/make-corpus.py (BRIEFING_CORPUS=…/briefing/input), else the repository's input/.
/// </summary>
internal sealed class BriefingFixture
{
    public BriefingFixture()
    {
        Input = Environment.GetEnvironmentVariable("BRIEFING_CORPUS") ?? Path.Combine(FindRoot(), "input");
        Theme = Path.Combine(FindRoot(), "theme");
        Folders = [.. Directory.EnumerateDirectories(Path.Combine(Input, "briefings")).Order(StringComparer.Ordinal)];
        Sources = LoadSources.Run(Input, SourceLibrary.Empty, new DiagnosticBag());
        Pipelines = new MarkdownPipelines();
    }

    public string Input { get; }

    public string Theme { get; }

    public IReadOnlyList<string> Folders { get; }

    public SourceLibrary Sources { get; }

    public MarkdownPipelines Pipelines { get; }

    public static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Briefing.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
