using Briefing.Rendering;

namespace Briefing.Tests.Citations;

public sealed class CiteSyntaxTests
{
    [Fact]
    public void Bare_key_is_one_cite_without_locator()
    {
        var cite = Single("@pollan");

        Assert.Equal(new Cite("pollan", string.Empty, string.Empty, null), cite);
    }

    [Theory]
    [InlineData("@key, p. 4", "page", "4")]
    [InlineData("@key, pp. 33-35", "page", "33-35")]
    [InlineData("@key, 33-35, 40", "page", "33-35, 40")]
    [InlineData("@key, 12", "page", "12")]
    [InlineData("@key p. 4", "page", "4")]
    [InlineData("@key, chap. 2", "chapter", "2")]
    [InlineData("@key, ch. 2", "chapter", "2")]
    [InlineData("@key, chapter 2", "chapter", "2")]
    [InlineData("@key, sec. 4", "section", "4")]
    [InlineData("@key, §4", "section", "4")]
    [InlineData("@key, para. 5", "paragraph", "5")]
    [InlineData("@key, paragraphs 5-7", "paragraph", "5-7")]
    [InlineData("@key, vol. 2", "volume", "2")]
    [InlineData("@key, line 4", "line", "4")]
    [InlineData("@key, fig. 3", "figure", "3")]
    [InlineData("@key, n. 3", "note", "3")]
    [InlineData("@key, art. 3", "article-locator", "3")]
    [InlineData("@key, pp. iv-vi", "page", "iv-vi")]
    public void Locator_label_abbreviations_are_recognized(string inner, string label, string value)
    {
        Assert.Equal(new Locator(label, value), Single(inner).Locator);
    }

    [Fact]
    public void Prefix_locator_and_suffix_are_separated()
    {
        var cite = Single("see @key, chap. 2 and passim");

        Assert.Equal(new Cite("key", "see", " and passim", new Locator("chapter", "2")), cite);
    }

    [Fact]
    public void Several_cites_are_separated_by_semicolons()
    {
        Assert.True(CiteSyntax.TryParse("see @a, p. 3 and passim; also @b", out var cites));

        Assert.Equal(
            [new Cite("a", "see", " and passim", new Locator("page", "3")), new Cite("b", "also", string.Empty, null)],
            cites.ToArray());
    }

    [Theory]
    [InlineData("@key, esp. 4", ", esp. 4")]
    [InlineData("@key, iv", ", iv")]
    [InlineData("@key, passim", ", passim")]
    [InlineData("@key and elsewhere", " and elsewhere")]
    public void Text_that_is_no_locator_becomes_the_suffix(string inner, string suffix)
    {
        var cite = Single(inner);

        Assert.Null(cite.Locator);
        Assert.Equal(suffix, cite.Suffix);
    }

    [Fact]
    public void Locator_ends_where_words_begin()
    {
        var cite = Single("@key, 4, emphasis added");

        Assert.Equal(new Locator("page", "4"), cite.Locator);
        Assert.Equal(", emphasis added", cite.Suffix);
    }

    [Theory]
    [InlineData("@doe:2006.x", "doe:2006.x")]
    [InlineData("@a-b_c", "a-b_c")]
    [InlineData("@_x", "_x")]
    [InlineData("@2006un", "2006un")]
    [InlineData("@key.", "key")]
    [InlineData("@key:", "key")]
    [InlineData("-@key", "key")]
    [InlineData("@{key with spaces}, 4", "key with spaces")]
    public void Keys_keep_internal_punctuation_but_not_trailing_punctuation(string inner, string key)
    {
        Assert.Equal(key, Single(inner).Key);
    }

    [Theory]
    [InlineData("see above")]
    [InlineData("mail jo@example.org")]
    [InlineData("see @a; and more")]
    [InlineData("@")]
    [InlineData("@;@b")]
    [InlineData("")]
    [InlineData("   ")]
    public void Text_without_a_key_in_every_part_is_not_a_citation(string inner)
    {
        Assert.False(CiteSyntax.TryParse(inner, out var cites));
        Assert.True(cites.IsEmpty);
    }

    private static Cite Single(string inner)
    {
        Assert.True(CiteSyntax.TryParse(inner, out var cites));
        return Assert.Single(cites);
    }
}
