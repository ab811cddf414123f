using Briefing.Rendering;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Briefing.Tests.Rendering;

/// <summary>MarkdownDepth finds the first line whose block markers pass 400 columns, a tab counting four.</summary>
public sealed class MarkdownDepthTests
{
    private static readonly string[] Pieces = [" ", "\t", ">", "- ", "* ", "+", "1.", "2)", "a", "text ", "\n", "\r\n", new(' ', 120), new('>', 150), new('\t', 40)];

    [Theory]
    [InlineData(400, null)]
    [InlineData(401, 0)]
    public void A_line_of_spaces_is_deep_past_four_hundred_columns(int spaces, int? expected) =>
        Assert.Equal(expected, MarkdownDepth.DeepLine(new string(' ', spaces) + "text"));

    [Fact]
    public void Tabs_count_four_columns_and_lines_are_counted_from_zero()
    {
        Assert.Null(MarkdownDepth.DeepLine("one\ntwo\n" + new string('\t', 100) + "x"));
        Assert.Equal(2, MarkdownDepth.DeepLine("one\ntwo\n" + new string('\t', 101) + "x"));
    }

    [Fact]
    public void Markers_after_the_text_of_a_line_do_not_count() =>
        Assert.Null(MarkdownDepth.DeepLine("x" + new string('>', 1000)));

    [Property(MaxTest = 300)]
    public Property The_depth_is_the_one_a_character_by_character_scan_finds() =>
        Prop.ForAll(Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary(),
            text => MarkdownDepth.DeepLine(text) == CharacterScan(text));

    private static int? CharacterScan(string markdown)
    {
        var (line, columns, inPrefix) = (0, 0, true);
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                (line, columns, inPrefix) = (line + 1, 0, true);
                continue;
            }

            if (inPrefix)
            {
                inPrefix = c is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' or (>= '0' and <= '9');
                columns += c == '\t' ? 4 : 1;
                if (inPrefix && columns > 400)
                {
                    return line;
                }
            }
        }

        return null;
    }
}
