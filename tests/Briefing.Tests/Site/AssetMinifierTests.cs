using Briefing.Layout;

namespace Briefing.Tests.Site;

public sealed class AssetMinifierTests
{
    [Fact]
    public void Css_loses_comments_and_layout_space_but_keeps_strings_and_meaningful_spaces()
    {
        var css = "/* note */\na > b ,  c {\n  content: \" <, {x} \" attr(href) \";\";\n  width: calc(100% + 2rem);\n}\n@media (min-width: 1200px) { .x :is(.y) { margin: 0 auto; } }\n"
            + ":root { --gap: 1rem; }\n.h { display: none !important; }\n";
        Assert.Equal("a>b,c{content:\" <, {x} \" attr(href) \";\";width:calc(100% + 2rem)}@media (min-width:1200px){.x :is(.y){margin:0 auto}}"
            + ":root{--gap:1rem}.h{display:none!important}",
            AssetMinifier.Css(css));
    }

    [Fact]
    public void Scripts_are_left_alone_when_they_hold_template_literals()
    {
        Assert.Null(AssetMinifier.Script("var t = `\n  kept\n`;"));
        Assert.Equal("var a = 1\nvar b = \"//not a comment\"\n", AssetMinifier.ScriptLines("  // comment\n  var a = 1\n\n    var b = \"//not a comment\"\n"));
    }

    [Theory]
    [InlineData("var a = 1;\nvar b = a + 2;\n", "var a=1;var b=a+2;\n")]
    [InlineData("function f(x) {\n  // twice\n  return x * 2;\n}\nf(1);\n", "function f(x){return x*2;}\nf(1);\n")]
    [InlineData("var s = \"a  // b\", t = 'c /* d */';\n", "var s=\"a  // b\",t='c /* d */';\n")]
    [InlineData("var r = /[/ ]+ x/g.test(s), q = a / b / c;\n", "var r=/[/ ]+ x/g.test(s),q=a/b/c;\n")]
    [InlineData("x = a - -b + +c - --d;\n", "x=a- -b+ +c- --d;\n")]
    [InlineData("y = 1 .toString(); z = /re/ instanceof RegExp;\n", "y=1 .toString();z=/re/ instanceof RegExp;\n")]
    [InlineData("if (ok) return /a b/.test(s);\n", "if(ok)return/a b/.test(s);\n")]
    [InlineData("a/* x */b; c/*\n*/d\n", "a b;c\nd\n")]
    public void Scripts_lose_the_space_no_token_needs(string script, string expected)
    {
        Assert.Equal(expected, AssetMinifier.Script(script));
    }

    [Theory]
    [InlineData("a = b\n(c)\n", "a=b\n(c)\n")]
    [InlineData("function f() {\n  return\n  x\n}\n", "function f(){return\nx}\n")]
    [InlineData("x\n++y\n", "x\n++y\n")]
    [InlineData("var a = [\n  1,\n  2\n]\n", "var a=[1,2\n]\n")]
    public void Scripts_keep_every_line_break_a_statement_may_end_at(string script, string expected)
    {
        Assert.Equal(expected, AssetMinifier.Script(script));
    }

    [Theory]
    [InlineData("if (a) /re/.test(b)\n")]
    [InlineData("x = (a + b) / 2\n")]
    [InlineData("i++ / 2\n")]
    [InlineData("var s = \"unclosed\n")]
    public void Scripts_with_a_slash_tokens_cannot_read_keep_their_lines(string script)
    {
        Assert.Null(AssetMinifier.ScriptTokens(script));
        Assert.Equal(AssetMinifier.ScriptLines(script), AssetMinifier.Script(script));
    }
}
