using Briefing.Layout;

namespace Briefing.Tests.Site;

public sealed class AssetMinifierTests
{
    [Fact]
    public void Css_loses_comments_and_layout_space_but_keeps_strings_and_meaningful_spaces()
    {
        var css = "/* note */\na > b ,  c {\n  content: \" <, {x} \" attr(href) \";\";\n  width: calc(100% + 2rem);\n}\n@media (min-width: 1200px) { .x :is(.y) { margin: 0 auto; } }\n";
        Assert.Equal("a>b,c{content: \" <, {x} \" attr(href) \";\";width: calc(100% + 2rem)}@media (min-width: 1200px){.x :is(.y){margin: 0 auto}}",
            AssetMinifier.Css(css));
    }

    [Fact]
    public void Scripts_keep_every_statement_line_and_are_left_alone_when_they_hold_template_literals()
    {
        Assert.Equal("var a = 1\nvar b = \"//not a comment\"\n", AssetMinifier.Script("  // comment\n  var a = 1\n\n    var b = \"//not a comment\"\n"));
        Assert.Null(AssetMinifier.Script("var t = `\n  kept\n`;"));
    }
}
