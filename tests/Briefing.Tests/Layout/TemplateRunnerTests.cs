using Briefing.Diagnostics;
using Briefing.Layout;
using Scriban;

namespace Briefing.Tests.Layout;

public sealed class TemplateRunnerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("xx")]
    public void A_page_keeps_every_surrogate_pair(string before)
    {
        // The three-character repeat shifted by 0, 1 or 2 puts pairs at every position modulo three.
        var value = string.Concat(Enumerable.Repeat("a😀", 60_000));
        var template = Template.Parse("<p>" + before + "{{ value }}</p>\n");
        var diagnostics = new DiagnosticBag();

        var html = TemplateRunner.Render(template, diagnostics, ("value", value));

        Assert.Empty(diagnostics.ToSortedArray());
        Assert.Equal($"<p>{before}{value}</p>\n", html);
    }

    [Theory]
    [InlineData("a\uD83D", "\uDE00b")]
    [InlineData("a\uD83D", "b")]
    [InlineData("a", "\uDE00")]
    [InlineData("", "\uD83D")]
    public void A_page_is_the_whole_text_even_where_a_pair_is_split_between_two_values(string first, string second)
    {
        var template = Template.Parse("{{ first }}{{ second }}");

        var html = TemplateRunner.Render(template, new DiagnosticBag(), ("first", first), ("second", second));

        Assert.Equal(first + second, html);
    }

    [Fact]
    public void Pages_rendered_one_after_another_each_hold_only_their_own_text()
    {
        var template = Template.Parse("{{ value }}");
        var diagnostics = new DiagnosticBag();

        var (long_, short_, text) = (
            TemplateRunner.Render(template, diagnostics, ("value", new string('x', 100_000))),
            TemplateRunner.Render(template, diagnostics, ("value", "é")),
            TemplateRunner.Render(template, diagnostics, ("value", "plain")));

        Assert.Equal(100_000, long_!.Length);
        Assert.Equal("é", short_);
        Assert.Equal("plain", text);
    }

    [Fact]
    public void A_failing_template_gives_a_located_error_and_the_next_page_renders_cleanly()
    {
        var failing = Template.Parse("before {{ missing.member }} after", "theme/layouts/x.sbn-html");
        var good = Template.Parse("<b>{{ value }}</b>");
        var diagnostics = new DiagnosticBag();

        var (failed, next) = (
            TemplateRunner.Render(failing, diagnostics),
            TemplateRunner.Render(good, new DiagnosticBag(), ("value", "ok")));

        Assert.Null(failed);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(1, error.Line);
        Assert.Equal("<b>ok</b>", next);
    }

    [Fact]
    public void A_page_s_content_is_printed_wherever_the_shell_prints_it()
    {
        var content = Template.Parse("<p>{{ value }}</p>");
        var shell = Template.Parse("<main>{{ page }}</main><aside>{{ page | string.upcase }}</aside>");

        var text = TemplateRunner.Render(content, new DiagnosticBag(), ("value", "é😀 & <b>"));
        var html = TemplateRunner.Render(shell, new DiagnosticBag(), ("page", text!));

        Assert.Equal("<main><p>é😀 & <b></p></main><aside><P>É😀 & <B></P></aside>", html);
    }

    [Theory]
    [InlineData("{{ \"Pyongyang\" | string.upcase }}")]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \",\" }}")]
    [InlineData("{{ \"<b> & \" | html.escape }}")]
    [InlineData("{{ math.round 2.5 }} {{ 7 | math.minus 2 }}")]
    [InlineData("{{ date.parse \"2008-06-01\" | date.to_string \"%Y %B %d\" }}")]
    [InlineData("{{ \"a1b22\" | regex.replace `\\d+` \"#\" }}")]
    [InlineData("{{ (timespan.from_hours 1.5).total_minutes }}")]
    [InlineData("{{ { a: 1, b: 2 } | object.keys | array.size }}")]
    [InlineData("{{ [] == empty }} {{ \"\" == blank }} {{ [1] == empty }}")]
    [InlineData("{{ string = 1 }}{{ string }}")]
    [InlineData("{{ string.upcase = 1 }}")]
    [InlineData("{{ date.no_such_function }}")]
    public void A_theme_using_built_in_functions_gets_what_scriban_s_default_gives(string text)
    {
        var template = Template.Parse(text, "theme/layouts/x.sbn-html");
        var diagnostics = new DiagnosticBag();
        string? expected;
        try
        {
            // Scriban's default built-ins, with the page's own globals above them as the runner has them.
            var context = new TemplateContext { StrictVariables = true, LoopLimit = 0, LimitToString = 0, EnableRelaxedMemberAccess = false, AutoIndent = false };
            context.PushGlobal(new Scriban.Runtime.ScriptObject());
            expected = template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException)
        {
            expected = null;
        }

        var rendered = TemplateRunner.Render(template, diagnostics);

        Assert.Equal(expected, rendered);
        Assert.Equal(expected is null ? 1 : 0, diagnostics.ToSortedArray().Length);
    }
}
