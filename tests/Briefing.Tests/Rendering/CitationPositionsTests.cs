using Briefing.Citations;
using Briefing.Rendering;

namespace Briefing.Tests.Rendering;

/// <summary>
/// Positions across notes, each case as pandoc 2.17 --citeproc (chicago-note-bibliography.csl) places
/// it. A note is written "[a] [b; b 4]": clusters in brackets, cites by key with an optional page.
/// F is first, S subsequent, I ibid, L ibid with locator.
/// </summary>
public sealed class CitationPositionsTests
{
    [Theory]
    [InlineData("[b] | [b] [b]", "F | I I")]
    [InlineData("[a] [b] | [b]", "F F | S")] // the preceding note cites two sources
    [InlineData("[b] | [b] [b] | [b 4]", "F | I I | L")] // two clusters, one source
    [InlineData("[a] [b] [b]", "F F S")] // earlier in the same note, another source
    [InlineData("[b] [b 5]", "F L")]
    [InlineData("[b] | | [b]", "F | | S")] // not the immediately preceding note
    [InlineData("[b] | [b; b 4] | [b 4]", "F | I L | S")] // the preceding cluster cites twice
    [InlineData("[a; b] [b] | [b 3]", "F F S | S")]
    [InlineData("[b 4] | [b]", "F | S")] // ibid would inherit the pinpoint
    public void Ibid_needs_the_immediately_preceding_citations_to_name_one_source(string notes, string expected)
    {
        var positions = new CitationPositions();
        var result = notes.Split('|').Select(note =>
        {
            positions.StartNote();
            var clusters = note.Split(']', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(cluster => cluster.TrimStart('[').Split(';', StringSplitOptions.TrimEntries));
            var letters = clusters.Select(cites =>
            {
                var cluster = string.Join(' ', cites.Select(cite => Letter(positions.Next(Parse(cite)))));
                positions.EndCluster(cites.Length);
                return cluster;
            });
            return string.Join(' ', letters);
        });

        Assert.Equal(expected, string.Join(" | ", result).Replace("  ", " ", StringComparison.Ordinal).Trim());
    }

    private static Cite Parse(string cite)
    {
        var parts = cite.Split(' ');
        return new Cite(parts[0], "", "", parts.Length > 1 ? new Locator("page", parts[1]) : null);
    }

    private static char Letter(CitationPosition position) => position switch
    {
        CitationPosition.First => 'F',
        CitationPosition.Subsequent => 'S',
        CitationPosition.Ibid => 'I',
        _ => 'L',
    };
}
