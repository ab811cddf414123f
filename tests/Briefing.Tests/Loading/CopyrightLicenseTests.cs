using System.Text.Json;
using AngleSharp.Html.Parser;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Loading;

/// <summary>
/// The three ways a text may be republished: with the holder's permission, from the public domain, or
/// under an open licence named by its SPDX id. Built end to end; the page and its JSON-LD say which.
/// </summary>
public sealed class CopyrightLicenseTests
{
    private const string Body = "The text of the article.\n";
    private const string Annotations = "annotations:\n  - id: a-note\n    quote: text of the article\n    note: A note.\n";

    private const string Permission = """
        copyright:
          notice: Copyright 2008 by Example Publisher.
          permission: Republished on {site} with permission.
        """;

    [Fact]
    public void With_permission_the_page_shows_the_notice_and_permission_and_no_licence()
    {
        var (result, page, jsonLd) = Build(Permission + "\n");

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("Republished with permission, with 1", Intro(page), StringComparison.Ordinal);
        Assert.Equal(["Copyright 2008 by Example Publisher.", "Republished on Test Site with permission."], Paragraphs(page));
        Assert.False(jsonLd.TryGetProperty("license", out _));
        Assert.Equal("Copyright 2008 by Example Publisher.", jsonLd.GetProperty("copyrightNotice").GetString());
    }

    [Fact]
    public void A_public_domain_text_needs_no_notice_and_says_it_is_in_the_public_domain()
    {
        var (result, page, jsonLd) = Build("copyright:\n  license: public-domain\n");

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("A public-domain text, with 1", Intro(page), StringComparison.Ordinal);
        Assert.Equal(["This text is in the public domain."], Paragraphs(page));
        Assert.Equal("https://creativecommons.org/publicdomain/mark/1.0/", jsonLd.GetProperty("license").GetString());
        Assert.False(jsonLd.TryGetProperty("copyrightNotice", out _));
        Assert.False(jsonLd.TryGetProperty("copyrightHolder", out _));
    }

    [Fact]
    public void An_open_licence_links_to_its_deed_beside_the_holders_notice()
    {
        var (result, page, jsonLd) = Build("copyright:\n  notice: © 2020 Example Publisher.\n  license: cc-by-sa-4.0\n");

        Assert.Empty(result.Diagnostics);
        Assert.StartsWith("Republished under CC BY-SA 4.0, with 1", Intro(page), StringComparison.Ordinal);
        Assert.Equal(["© 2020 Example Publisher.", "This text is available under the CC BY-SA 4.0 licence."], Paragraphs(page));
        var link = page.QuerySelector("[data-copyright] a[rel=license]")!;
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", link.GetAttribute("href"));
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", jsonLd.GetProperty("license").GetString());
        Assert.Equal("© 2020 Example Publisher.", jsonLd.GetProperty("copyrightNotice").GetString());
    }

    [Fact]
    public void A_licence_without_a_deed_links_to_its_spdx_page()
    {
        var (_, page, _) = Build("copyright:\n  license: GFDL-1.3-or-later\n");

        Assert.Equal("https://spdx.org/licenses/GFDL-1.3-or-later.html", page.QuerySelector("a[rel=license]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("  license: CC-BY-4\n", 13, "Did you mean 'CC-BY-4.0'?")]
    [InlineData("  license: public domain\n", 13, "Did you mean 'public-domain'?")]
    [InlineData("  license: All rights reserved\n", 13, "Use public-domain, or an SPDX id such as CC-BY-4.0")]
    public void An_unknown_licence_is_a_located_error_with_a_hint(string line, int lineNumber, string hint)
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, Body, Annotations);
        SiteBuilder.Edit(input, SiteBuilder.Slug, "article.md",
            text => SiteBuilder.ReplaceFirst(text, "  notice: Copyright 2008 by Example Publisher.\n", line));

        var result = BuildSite.Run(SiteBuilder.Options(temp));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.Equal((DiagnosticCodes.InvalidValue, "article.md", lineNumber, 12),
            (diagnostic.Code, Path.GetFileName(diagnostic.File), diagnostic.Line, diagnostic.Column));
        Assert.Contains("SPDX licence id", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith(hint, diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_licence_the_notice_stays_required()
    {
        var (result, _, _) = Build("copyright:\n  permission: Republished with permission.\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.MissingKey, 13), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("'notice'", diagnostic.Message, StringComparison.Ordinal);
    }

    private static (BuildResult Result, AngleSharp.Html.Dom.IHtmlDocument Page, JsonElement JsonLd) Build(string copyright)
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, Body, Annotations);
        if (copyright != Permission + "\n")
        {
            SiteBuilder.Edit(input, SiteBuilder.Slug, "article.md", text => SiteBuilder.ReplaceFirst(text, Permission + "\n", copyright));
        }

        var result = BuildSite.Run(SiteBuilder.Options(temp));
        var path = Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html");
        if (!File.Exists(path))
        {
            return (result, new HtmlParser().ParseDocument(""), default);
        }

        var page = new HtmlParser().ParseDocument(File.ReadAllText(path));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.Clone();
        return (result, page, jsonLd);
    }

    private static string Intro(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".notes-intro")!.TextContent;

    private static string[] Paragraphs(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-copyright] p").Select(p => p.TextContent.Trim())];
}
