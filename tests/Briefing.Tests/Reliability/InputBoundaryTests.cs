using System.Diagnostics;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Reliability;

/// <summary>
/// Every file the build reads from input/ passes one boundary: links out of the folder are refused in
/// every place input is read (pages, theme overrides and their assets, as well as briefings and
/// sources), special files are never read without end, and no diagnostic quotes what lies outside.
/// </summary>
public sealed class InputBoundaryTests
{
    private const string Secret = "SECRET=deploy-token-do-not-publish\n";

    public static TheoryData<string, string> PlacesAndTargets()
    {
        var data = new TheoryData<string, string>();
        string[] places = ["input/pages/about.md", "input/_theme/assets/env.css", "input/_theme/assets/site.css", "input/_theme/layouts/page.sbn-html"];
        string[] targets = ["outside/secret.txt", "../../../outside/secret.txt", "/proc/self/environ", "/etc/passwd", "/dev/zero", "outside"];
        foreach (var place in places)
        {
            foreach (var target in targets)
            {
                data.Add(place, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlacesAndTargets))]
    public void A_link_out_of_the_input_folder_is_refused_wherever_input_is_read(string place, string target)
    {
        using var site = new HostileSite();
        site.Write("outside/secret.txt", Secret);
        var link = Path.Combine(site.Root, place);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        var pointsAt = Path.IsPathRooted(target) || target.StartsWith("..", StringComparison.Ordinal) ? target : Path.Combine(site.Root, target);
        if (Directory.Exists(Path.Combine(site.Root, target)) && !target.StartsWith("..", StringComparison.Ordinal))
        {
            Directory.CreateSymbolicLink(link, pointsAt);
        }
        else
        {
            File.CreateSymbolicLink(link, pointsAt);
        }

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.ContentErrors, outcome.ToString());
        Assert.Equal(["BRF027 " + place + ":0:0"], outcome.Described);
        Assert.DoesNotContain(outcome.Diagnostics, d => (d.Message + d.Hint).Contains("SECRET", StringComparison.Ordinal) || (d.Message + d.Hint).Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_linked_folder_of_assets_is_refused_and_nothing_of_it_is_published()
    {
        using var site = new HostileSite();
        site.Write("outside/fonts/secret.css", Secret);
        Directory.CreateDirectory(Path.Combine(site.Input, "_theme", "assets"));
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "_theme", "assets", "fonts"), Path.Combine(site.Root, "outside", "fonts"));

        var outcome = site.Rebuild();

        Assert.Equal(["BRF027 input/_theme/assets/fonts:0:0"], outcome.Described);
    }

    [Fact]
    public void A_link_inside_the_input_folder_is_read_like_the_file_it_names()
    {
        using var site = new HostileSite();
        site.Write("input/shared/about.md", "---\ntitle: About\n---\n\nAbout this site.\n");
        Directory.CreateDirectory(Path.Combine(site.Input, "pages"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "pages", "about.md"), Path.Combine("..", "shared", "about.md"));

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
        Assert.Contains("About this site.", File.ReadAllText(Path.Combine(site.Output, "about", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_in_the_input_folder_is_never_opened()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, HostileSite.Body);
        Directory.CreateDirectory(Path.Combine(input, "pages"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(input, "pages", "about.md")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a FIFO for reading would wait for a writer for ever; the build reads it as the empty file it reports.
        var result = BuildSite.Run(SiteBuilder.Options(temp));

        Assert.Equal(ExitCode.ContentErrors, result.ExitCode);
        Assert.All(result.Diagnostics, d => Assert.EndsWith("pages/about.md", d.File, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        using var site = new HostileSite();
        var page = Path.Combine(site.Input, "pages", "big.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        using (var file = File.Create(page))
        {
            file.SetLength(ContentFile.MaxBytes + 1);
        }

        var outcome = site.Rebuild();

        Assert.Equal(["BRF031 input/pages/big.md:0:0"], outcome.Described);
    }

    public static TheoryData<string, string, string> ScriptsInOverrides() => new()
    {
        { "input/_theme/assets/notes.js", "console.log('replaced');\n", "BRF032 input/_theme/assets/notes.js:0:0" },
        { "input/_theme/assets/extra.mjs", "export {};\n", "BRF032 input/_theme/assets/extra.mjs:0:0" },
        { "input/_theme/assets/page.html", "<p>hi</p>\n", "BRF032 input/_theme/assets/page.html:0:0" },
        { "input/_theme/layouts/page.sbn-html", "<h1>{{ page.title }}</h1>\n<SCRIPT src=\"/x.js\"></SCRIPT>\n", "BRF032 input/_theme/layouts/page.sbn-html:2:1" },
        { "input/_theme/layouts/page.sbn-html", "<h1 onclick=\"steal()\">{{ page.title }}</h1>\n", "BRF032 input/_theme/layouts/page.sbn-html:1:5" },
        { "input/_theme/layouts/page.sbn-html", "<a href=\"javascript:steal()\">x</a>\n", "BRF032 input/_theme/layouts/page.sbn-html:1:10" },
        { "input/_theme/layouts/_layout.sbn-html", "<html>{{ page.content }}<script src=\"{{ page.script }}\" defer></script><script src=\"/x.js\"></script></html>\n", "BRF032 input/_theme/layouts/_layout.sbn-html:1:72" },
    };

    [Theory]
    [MemberData(nameof(ScriptsInOverrides))]
    public void A_theme_override_may_restyle_but_not_script(string path, string content, string expected)
    {
        using var site = new HostileSite();
        site.Write(path, content);

        var outcome = site.Rebuild();

        Assert.Equal([expected], outcome.Described);
    }

    [Fact]
    public void A_layout_whose_text_or_code_merely_says_on_is_not_taken_for_a_script()
    {
        using var site = new HostileSite();
        site.Write("input/_theme/layouts/page.sbn-html", "{{ one = 1 }}<h1 class=\"button\">{{ page.title }}</h1>\n<p>Based on = the original.</p>\n");

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
    }

    [Fact]
    public void A_stylesheet_override_replaces_the_themes()
    {
        using var site = new HostileSite();
        site.Write("input/_theme/assets/site.css", "body { color: rebeccapurple; }\n");

        var outcome = site.Rebuild();

        Assert.True(outcome.Exit == ExitCode.Success, outcome.ToString());
        var css = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single();
        Assert.Contains("rebeccapurple", File.ReadAllText(css), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cached_build_never_reads_a_special_file_linked_from_a_folder_it_does_not_publish()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, HostileSite.Body, HostileSite.Annotations, HostileSite.Sources);
        Directory.CreateDirectory(Path.Combine(input, "notes"));
        File.CreateSymbolicLink(Path.Combine(input, "notes", "zero"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(input, "notes", "environ"), "/proc/self/environ");
        var options = SiteBuilder.Options(temp) with { UseCache = true };

        // /dev/zero read without end would never finish; the cache's key reads input/ through the boundary.
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);
    }

    [Fact]
    public void A_cached_rebuild_notices_an_edit_to_the_file_a_link_inside_the_input_names()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, HostileSite.Body, HostileSite.Annotations, HostileSite.Sources);
        var article = Path.Combine(SiteBuilder.BriefingFolder(input), "article.md");
        var shared = temp.Write("input/shared/article.md", File.ReadAllText(article));
        File.Delete(article);
        File.CreateSymbolicLink(article, Path.Combine("..", "..", "shared", "article.md"));
        var options = SiteBuilder.Options(temp) with { UseCache = true };
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);

        File.WriteAllText(shared, File.ReadAllText(shared).Replace("Later, Pyongyang", "Afterwards, Pyongyang", StringComparison.Ordinal));
        Assert.Equal(ExitCode.Success, BuildSite.Run(options).ExitCode);

        var page = File.ReadAllText(Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html"));
        Assert.Contains("Afterwards, Pyongyang", page, StringComparison.Ordinal);
    }
}
