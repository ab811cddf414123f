using System.Reflection;
using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Guide;

/// <summary>input/README.md is where editors look a diagnostic code up: a new code cannot go undocumented.</summary>
public sealed class EditorsGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepositoryPaths.Input, "README.md"));

    public static TheoryData<string> Codes() => [.. AllCodes()];

    private static string[] AllCodes() =>
        [
            .. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .Select(f => (string)f.GetRawConstantValue()!),
        ];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_diagnostic_code_has_a_row_in_the_editors_guide(string code)
    {
        Assert.Contains($"\n| {code} | ", Guide, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guide_lists_no_code_the_build_does_not_have()
    {
        var known = AllCodes().ToHashSet(StringComparer.Ordinal);
        var listed = Regex.Matches(Guide, @"^\| (BRF\d+) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(known.Count, listed.Count);
        Assert.All(listed, code => Assert.Contains(code, known));
    }

    [Fact]
    public void The_guide_is_not_a_briefing_and_the_build_ignores_it()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");
        temp.Write("input/README.md", Guide);

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.Success, result.ExitCode);
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(temp.Path, "output"), "*", SearchOption.AllDirectories),
            f => f.Contains("README", StringComparison.OrdinalIgnoreCase));
    }
}
