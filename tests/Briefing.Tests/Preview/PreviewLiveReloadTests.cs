using System.Net;
using Briefing.Cli.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Preview;

/// <summary>A real preview (Kestrel on 127.0.0.1, a free port) of a temporary site, edited as an editor would.</summary>
public sealed class PreviewLiveReloadTests
{
    internal const string Annotations = """
        annotations:
          - id: test
            quote: tested a weapon
            note: The first note.
        """;

    private static string BriefingPage => $"/briefings/{SiteBuilder.Slug}/";

    [Fact]
    public async Task A_briefing_page_is_served_with_the_reload_script_that_the_file_on_disk_does_not_have()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);
        await using var preview = await StartAsync(temp, watch: false);
        using var http = new HttpClient { BaseAddress = preview.Address };

        using var response = await http.GetAsync(BriefingPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(PreviewRequests.ScriptTag + "</body>", html, StringComparison.Ordinal);
        Assert.Contains("The first note.", html, StringComparison.Ordinal);
        var onDisk = await File.ReadAllTextAsync(Path.Combine(temp.Path, "output", "briefings", SiteBuilder.Slug, "index.html"));
        Assert.DoesNotContain("_briefing", onDisk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_note_rebuilds_the_page_and_tells_open_pages_to_reload()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);
        await using var preview = await StartAsync(temp, watch: true);
        using var http = new HttpClient { BaseAddress = preview.Address };
        using var events = await EventStream.OpenAsync(http);
        var hello = await events.WaitForAsync("hello");

        await File.WriteAllTextAsync(AnnotationsFile(temp), Annotations.Replace("The first note.", "An edited note.", StringComparison.Ordinal));

        var reload = await events.WaitForAsync("reload");
        Assert.NotEqual(hello.GetProperty("build").GetString(), reload.GetProperty("build").GetString());
        Assert.Equal([$"/briefings/{SiteBuilder.Slug}/index.html"], Pages(reload));
        Assert.True(await PageSoonContainsAsync(http, "An edited note."), "the page never showed the edited note");
    }

    [Fact]
    public async Task Retitling_a_briefing_reloads_its_page_at_once_and_the_index_after_the_whole_build()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);
        var log = new StringWriter();
        await using var preview = await StartAsync(temp, watch: true, log);
        using var http = new HttpClient { BaseAddress = preview.Address };
        using var events = await EventStream.OpenAsync(http);
        await events.WaitForAsync("hello");

        var article = Path.Combine(SiteBuilder.BriefingFolder(input), "article.md");
        await File.WriteAllTextAsync(article, (await File.ReadAllTextAsync(article)).Replace("A Test Article", "A Retitled Article", StringComparison.Ordinal));

        var briefingOnly = await events.WaitForAsync("reload");
        var wholeSite = await events.WaitForAsync("reload", r => Pages(r).Contains("/index.html"));
        Assert.Equal([$"/briefings/{SiteBuilder.Slug}/index.html"], Pages(briefingOnly));
        Assert.Contains("/index.html", Pages(wholeSite));
        Assert.DoesNotContain($"/briefings/{SiteBuilder.Slug}/index.html", Pages(wholeSite));
        Assert.Contains("A Retitled Article", await http.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains($"Rebuilt {SiteBuilder.Slug} (briefings/{SiteBuilder.Slug}/index.html) in ", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_annotation_sends_its_diagnostic_keeps_the_last_good_page_and_the_fix_reloads()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", Annotations);
        var log = new StringWriter();
        await using var preview = await StartAsync(temp, watch: true, log);
        using var http = new HttpClient { BaseAddress = preview.Address };
        using var events = await EventStream.OpenAsync(http);
        await events.WaitForAsync("hello");

        await File.WriteAllTextAsync(AnnotationsFile(temp), Annotations.Replace("tested a weapon", "tested a <b>wepon</b>", StringComparison.Ordinal));

        var report = await events.WaitForAsync("errors");
        var diagnostic = Assert.Single(report.GetProperty("diagnostics").EnumerateArray());
        Assert.EndsWith($"briefings/{SiteBuilder.Slug}/annotations.yml", diagnostic.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(12, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("BRF012", diagnostic.GetProperty("code").GetString());
        Assert.Equal("    quote: tested a <b>wepon</b>", diagnostic.GetProperty("source").GetString());
        Assert.Contains("The first note.", await http.GetStringAsync(BriefingPage), StringComparison.Ordinal);

        // A page opened while the build is broken gets the errors at once.
        using (var late = await EventStream.OpenAsync(http))
        {
            await late.WaitForAsync("errors");
        }

        await File.WriteAllTextAsync(AnnotationsFile(temp), Annotations.Replace("The first note.", "A fixed note.", StringComparison.Ordinal));

        await events.WaitForAsync("reload");
        Assert.True(await PageSoonContainsAsync(http, "A fixed note."), "the page never showed the fixed note");
        var terminal = log.ToString();
        Assert.Contains("annotations.yml:3:12: error BRF012:", terminal, StringComparison.Ordinal);
        Assert.Contains("Build failed in ", terminal, StringComparison.Ordinal);
        Assert.Contains("Rebuilt 1 briefing with 1 notes", terminal, StringComparison.Ordinal);
    }

    internal static async Task<PreviewSession> StartAsync(TempFolder temp, bool watch, TextWriter? log = null) =>
        await PreviewSession.StartAsync(SiteBuilder.Options(temp), 0, watch, TextWriter.Synchronized(log ?? TextWriter.Null), CancellationToken.None);

    private static string[] Pages(System.Text.Json.JsonElement reload) =>
        [.. reload.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!)];

    private static string AnnotationsFile(TempFolder temp) => Path.Combine(SiteBuilder.BriefingFolder(Path.Combine(temp.Path, "input")), "annotations.yml");

    /// <summary>Polls the briefing page for up to 10 s: a rebuild is asynchronous, and its speed is not what is tested.</summary>
    private static async Task<bool> PageSoonContainsAsync(HttpClient http, string text)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await http.GetAsync(BriefingPage);
            if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
