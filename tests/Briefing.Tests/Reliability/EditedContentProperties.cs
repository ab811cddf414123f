using System.Text;
using Briefing.Diagnostics;
using Briefing.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Reliability;

/// <summary>
/// An editor's slip — a line deleted or doubled, two characters swapped, a stray ':', '"', tab or
/// control character, a file cut short — never crashes the build: it succeeds, or every diagnostic
/// it reports is located (a line and column from 1, or a whole file that it names).
/// </summary>
public sealed class EditedContentProperties
{
    private const string Annotations = """
        annotations:
          - id: first-test
            quote: tested a nuclear weapon in October 2006
            prefix: "Pyongyang "
            suffix: " and China"
            note: >-
              North Korea's first nuclear test was on October 9, 2006 [@unsc-1718, para. 1].
              See [the resolution](https://undocs.org/S/RES/1718(2006)).
          - id: missile
            quote: tested a missile
            note: "A *second* test [see @unsc-1718; @unsc-1718, p. 2]."
        """;

    private static readonly string[] Inserts = [":", "\"", "'", "\t", "\0", "\u0007", "\u001b", "\r", "\u0085", "\uFEFF", "- ", "#", "&a", "*a", "[", "{", "|", ">", "\n", "@", "\uD800"];

    private sealed record Edit(int Kind, int Position, int Other, int Insert);

    private static readonly Gen<Edit[]> Edits =
        (from kind in Gen.Choose(0, 4)
         from position in Gen.Choose(0, 100_000)
         from other in Gen.Choose(0, 100_000)
         from insert in Gen.Choose(0, Inserts.Length - 1)
         select new Edit(kind, position, other, insert)).ArrayOf().Select(e => e.Take(4).ToArray());

    [Property(MaxTest = 150)]
    public Property An_edited_annotations_file_builds_or_gives_located_diagnostics() =>
        Prop.ForAll(Edits.ToArbitrary(), edits => BuildsOrLocates(HostileSite.BriefingPath + "annotations.yml", Annotations, edits));

    [Property(MaxTest = 100)]
    public Property An_edited_article_builds_or_gives_located_diagnostics() =>
        Prop.ForAll(Edits.ToArbitrary(), edits => BuildsOrLocates(HostileSite.BriefingPath + "article.md", SiteBuilder.FrontMatter + HostileSite.Body, edits));

    [Property(MaxTest = 100)]
    public Property An_edited_sources_file_builds_or_gives_located_diagnostics() =>
        Prop.ForAll(Edits.ToArbitrary(), edits => BuildsOrLocates("input/sources.yml", HostileSite.Sources, edits));

    private static void BuildsOrLocates(string file, string original, Edit[] edits)
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, HostileSite.Body, Annotations, HostileSite.Sources);
        var edited = Apply(original, edits);
        temp.WriteBytes(file, Encoding.UTF8.GetBytes(edited.Replace("\uD800", "\uFFFD", StringComparison.Ordinal))
            .Concat(edited.Contains('\uD800', StringComparison.Ordinal) ? new byte[] { 0xED, 0xA0, 0x80 } : []).ToArray());

        var result = BuildSite.Run(SiteBuilder.Options(temp), write: false);

        var report = edited + "\n" + DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human);
        Assert.True(result.ExitCode is ExitCode.Success or ExitCode.ContentErrors, report);
        Assert.Equal(result.ExitCode == ExitCode.ContentErrors, result.Diagnostics.Any(d => d.Severity == Severity.Error));
        Assert.All(result.Diagnostics, d => Assert.True(
            d.File.Length > 0 && ((d.Line >= 1 && d.Column >= 1) || (d.Line == 0 && d.Column == 0)), report));
        Assert.All(result.Diagnostics, d => Assert.True(d.Line <= LineCount(temp, d.File), report));
    }

    private static int LineCount(TempFolder temp, string file)
    {
        var path = Path.IsPathRooted(file) ? file : Path.Combine(Environment.CurrentDirectory, file);
        // YAML, and the diagnostic excerpt, also break lines at a lone CR and at NEL.
        return File.Exists(path)
            ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029') + 1
            : int.MaxValue;
    }

    private static string Apply(string text, Edit[] edits)
    {
        var lines = text.Split('\n').ToList();
        foreach (var edit in edits)
        {
            var at = text.Length == 0 ? 0 : edit.Position % (text.Length + 1);
            var line = edit.Position % lines.Count;
            switch (edit.Kind)
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(line);
                    break;
                case 1:
                    lines.Insert(line, lines[line]);
                    break;
                case 2 when text.Length > 1:
                    var i = Math.Min(at, text.Length - 2);
                    text = string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1, 1), text.AsSpan(i, 1), text.AsSpan(i + 2));
                    lines = [.. text.Split('\n')];
                    break;
                case 3:
                    text = text.Insert(at, Inserts[edit.Insert]);
                    lines = [.. text.Split('\n')];
                    break;
                case 4:
                    text = text[..at];
                    lines = [.. text.Split('\n')];
                    break;
                default:
                    break;
            }

            text = string.Join('\n', lines);
        }

        return text;
    }
}
