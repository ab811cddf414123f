using Briefing.Citations;

namespace Briefing.Tests.Citations;

public sealed class TypographyTests
{
    [Theory]
    [InlineData("1-34", "1–34")]
    [InlineData("3-10", "3–10")]
    [InlineData("71-72", "71–72")]
    [InlineData("100-104", "100–104")]
    [InlineData("101-108", "101–8")]
    [InlineData("321-328", "321–28")]
    [InlineData("498-532", "498–532")]
    [InlineData("1087-1089", "1087–89")]
    [InlineData("1100-1113", "1100–1113")]
    [InlineData("1496-1504", "1496–1504")]
    [InlineData("11564-11615", "11564–615")]
    [InlineData("321-28", "321–28")]
    [InlineData("33-35, 40", "33–35, 40")]
    [InlineData("iv-vi", "iv–vi")]
    public void Page_ranges_take_an_en_dash_and_chicago_abbreviation(string pages, string expected)
    {
        Assert.Equal(expected, PageRange.Format(pages));
    }

    [Theory]
    [InlineData("the politics of the bomb: a reader in the history of arms control", "The Politics of the Bomb: A Reader in the History of Arms Control")]
    [InlineData("A post about things", "A Post about Things")]
    [InlineData(
        "the iPhone and the UN: state-of-the-art pro-nuclear vs. anti-nuclear thinking — on to the end of an era in a nutshell for the 21st century",
        "The iPhone and the UN: State-of-the-Art Pro-Nuclear Vs. Anti-Nuclear Thinking — on to the End of an Era in a Nutshell for the 21st Century")]
    [InlineData("what it is made of", "What It Is Made of")]
    [InlineData("the économie of korea", "The Économie of Korea")]
    public void Titles_are_capitalized_as_citeproc_does(string title, string expected)
    {
        // Expected values from pandoc 2.17.1.1 with chicago-fullnote-bibliography (text-case="title").
        Assert.Equal(expected, TitleCase.Apply(title));
    }

    [Fact]
    public void Straight_quotes_become_curly_and_flip_inside_a_quoted_title()
    {
        Assert.Equal("North Korea’s “test”", Typography.Smarten("North Korea's \"test\""));
        Assert.Equal("He said ‘no’", Typography.Smarten("He said \"no\"", insideQuotes: true));
    }
}
