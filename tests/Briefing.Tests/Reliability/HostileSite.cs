using Briefing.Diagnostics;
using Briefing.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// A complete site that builds, built once so that there is a previous output to protect, then
/// broken by a test. <see cref="Rebuild"/> checks what every hostile case must keep: nothing is
/// written outside the output folder, and a failed build leaves the previous output as it was.
/// </summary>
internal sealed class HostileSite : IDisposable
{
    public const string Body = """
        ## Introduction

        Pyongyang tested a nuclear weapon in October 2006 and China agreed to Resolution 1718.

        Later, Pyongyang tested a missile.
        """;

    public const string Annotations = """
        annotations:
          - id: first-test
            quote: tested a nuclear weapon in October 2006
            note: North Korea's first nuclear test was on October 9, 2006 [@unsc-1718].
        """;

    public const string Sources = """
        references:
          - id: unsc-1718
            type: legislation
            author:
              - literal: UN Security Council
            title: Resolution 1718 (2006)
            number: S/RES/1718
            issued: 2006-10-14
            URL: https://undocs.org/S/RES/1718(2006)
        """;

    public const string BriefingPath = $"input/briefings/{SiteBuilder.Slug}/";

    private readonly TempFolder _temp = new();

    public HostileSite()
    {
        Input = SiteBuilder.Create(_temp, Body, Annotations, Sources);
        Options = SiteBuilder.Options(_temp);
        var first = BuildSite.Run(Options);
        Assert.True(first.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(first.Diagnostics, DiagnosticFormat.Human));
    }

    public string Root => _temp.Path;

    public string Input { get; }

    public BuildOptions Options { get; }

    public string Output => Options.OutputFolder;

    public string Write(string relativePath, string content) => _temp.Write(relativePath, content);

    public string WriteBytes(string relativePath, byte[] content) => _temp.WriteBytes(relativePath, content);

    /// <summary>Builds again; an exception counts as exit 3, as the command line reports it.</summary>
    public Outcome Rebuild(FileSink? writer = null)
    {
        var output = FolderSnapshot.Take(Output);
        var siblings = FolderSnapshot.Siblings(Output);
        var outside = EverythingBut(Output);

        BuildResult? result = null;
        Exception? failure = null;
        try
        {
            result = BuildSite.Run(Options, writer: writer);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        var exit = result?.ExitCode ?? ExitCode.UnexpectedFailure;
        Assert.Equal(outside, EverythingBut(Output));
        Assert.Equal(siblings, FolderSnapshot.Siblings(Output));
        if (exit != ExitCode.Success)
        {
            Assert.Equal(output, FolderSnapshot.Take(Output));
        }

        return new Outcome(exit, result?.Diagnostics ?? [], failure, this);
    }

    /// <summary>A diagnostic as "CODE path:line:column", the path relative to the site's folder.</summary>
    public string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Code} {Path.GetRelativePath(Root, Path.GetFullPath(diagnostic.File)).Replace('\\', '/')}:{diagnostic.Line}:{diagnostic.Column}";

    public void Dispose() => _temp.Dispose();

    /// <summary>Every entry under the site's folder except the output: a file's hash, a link's target, a folder's name.</summary>
    private SortedDictionary<string, string> EverythingBut(string output)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(Root)]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                var name = Path.GetRelativePath(Root, entry.FullName);
                if (entry.FullName == Path.GetFullPath(output))
                {
                    continue;
                }

                if (entry.LinkTarget is { } target)
                {
                    all[name] = "-> " + target;
                }
                else if (entry is DirectoryInfo child)
                {
                    all[name] = "folder";
                    folders.Push(child);
                }
                else
                {
                    all[name] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry.FullName)));
                }
            }
        }

        return all;
    }

    public sealed record Outcome(ExitCode Exit, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, Exception? Failure, HostileSite Site)
    {
        public string[] Described => [.. Diagnostics.Select(Site.Describe)];

        public override string ToString() =>
            Failure?.ToString() ?? $"exit {Exit}: " + DiagnosticFormatter.Format(Diagnostics, DiagnosticFormat.Human);
    }
}
