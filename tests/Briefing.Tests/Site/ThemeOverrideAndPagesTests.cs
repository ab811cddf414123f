using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Site;

public sealed class ThemeOverrideAndPagesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private BuildResult Build()
    {
        SiteBuilder.Create(_temp, "The body of the article.\n");
        return BuildSite.Run(SiteBuilder.Options(_temp));
    }

    private string Output(string path) => File.ReadAllText(Path.Combine(_temp.Path, "output", path));

    [Fact]
    public void A_file_in_input_theme_replaces_that_theme_file_and_only_that_one()
    {
        _temp.Write("input/_theme/layouts/404.sbn-html", "<h1>Lost at {{ site.title }}</h1>\n");
        _temp.Write("input/_theme/assets/site.css", "body { color: red; }\n");

        var result = Build();

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        Assert.Contains("<h1>Lost at Test Site</h1>", Output("404.html"), StringComparison.Ordinal);
        var css = Directory.GetFiles(Path.Combine(_temp.Path, "output", "assets"), "site.*.css").Single();
        Assert.Equal("body{color:red}", File.ReadAllText(css)); // minified
        Assert.Contains("href=\"assets/" + Path.GetFileName(css), Output("index.html"), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_temp.Path, "output", "assets"), "notes.*.js"));
        Assert.Contains("data-verbatim", Output($"briefings/{SiteBuilder.Slug}/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_indented_expression_in_an_overriding_layout_leaves_the_article_as_it_is()
    {
        var layout = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "layouts", "briefing.sbn-html"))
            .Replace("{{ briefing.article_html }}", "    {{ briefing.article_html }}", StringComparison.Ordinal);
        Assert.Contains("    {{ briefing.article_html }}", layout, StringComparison.Ordinal);
        _temp.Write("input/_theme/layouts/briefing.sbn-html", layout);
        SiteBuilder.Create(_temp, "Before.\n\n```\nline one\nline two\n```\n");

        var result = BuildSite.Run(SiteBuilder.Options(_temp));

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        var document = new HtmlParser().ParseDocument(Output($"briefings/{SiteBuilder.Slug}/index.html"));
        Assert.Equal("line one\nline two\n", document.QuerySelector("[data-verbatim] pre")!.TextContent);
    }

    [Fact]
    public void A_shell_that_does_more_with_the_content_than_print_it_gets_the_content_itself()
    {
        var shell = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "layouts", "_layout.sbn-html"))
            .Replace("{{ page.content }}", "{{ page.content }}<p id=\"size\">{{ page.content | string.size }}</p>", StringComparison.Ordinal);
        _temp.Write("input/_theme/layouts/_layout.sbn-html", shell);

        var result = Build();

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        Assert.Contains("data-verbatim", ContentOf($"briefings/{SiteBuilder.Slug}/index.html"), StringComparison.Ordinal);

        // The site-wide pages take the same way: their content is the text itself, whole.
        Assert.Contains("class=\"briefing-list\"", ContentOf("index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1>", ContentOf("404.html"), StringComparison.Ordinal);

        string ContentOf(string page)
        {
            var html = Output(page);
            var start = html.IndexOf("<main id=\"content\">\n", StringComparison.Ordinal) + "<main id=\"content\">\n".Length;
            var content = html[start..html.IndexOf("<p id=\"size\">", StringComparison.Ordinal)];
            Assert.Contains($"<p id=\"size\">{content.Length}</p>", html, StringComparison.Ordinal);
            return content;
        }
    }

    [Fact]
    public void A_page_in_input_pages_is_rendered_with_raw_html_shown_as_text()
    {
        _temp.Write("input/pages/about.md", "---\ntitle: About <us>\ndescription: Who & why\n---\nWe *republish*. <script>alert(1)</script>\n");

        var result = Build();

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        var document = new HtmlParser().ParseDocument(Output("about/index.html"));
        Assert.Equal("About <us>", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Who & why", document.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.NotNull(document.QuerySelector("main em"));
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_a_title_or_with_a_reserved_name_is_a_located_error()
    {
        _temp.Write("input/pages/notitle.md", "---\ndescription: x\n---\nText\n");
        _temp.Write("input/pages/topics.md", "---\ntitle: Topics\n---\nText\n");

        var result = Build();

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("notitle.md", StringComparison.Ordinal) && d.Code == DiagnosticCodes.MissingKey);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("topics.md", StringComparison.Ordinal) && d.Code == DiagnosticCodes.InvalidSlug);
    }

    [Fact]
    public void Citation_text_is_escaped_for_html_and_for_bibtex()
    {
        SiteBuilder.Create(_temp, "The body.\n");
        var article = Path.Combine(SiteBuilder.BriefingFolder(Path.Combine(_temp.Path, "input")), "article.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("title: A Test Article", "title: \"Tom & Jerry {50%} <b>bold</b>\"", StringComparison.Ordinal));

        var result = BuildSite.Run(SiteBuilder.Options(_temp));

        Assert.True(result.ExitCode == ExitCode.Success, DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Human));
        var document = new HtmlParser().ParseDocument(Output($"briefings/{SiteBuilder.Slug}/index.html"));
        Assert.Empty(document.QuerySelectorAll(".cite b"));
        Assert.Contains("“Tom & Jerry {50%} <b>bold</b>.”", document.QuerySelector(".cite .citation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(@"title = {{Tom \& Jerry \{50\%\} <b>bold</b>}}", document.QuerySelector(".cite pre")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_slugs_are_lower_case_ascii_with_hyphens()
    {
        Assert.Equal("north-korea", global::Briefing.Site.Topic.SlugOf("North Korea"));
        Assert.Equal("cote-d-ivoire", global::Briefing.Site.Topic.SlugOf("Côte d’Ivoire"));
        Assert.Equal("nuclear-weapons", global::Briefing.Site.Topic.SlugOf("  Nuclear   weapons! "));
    }
}
