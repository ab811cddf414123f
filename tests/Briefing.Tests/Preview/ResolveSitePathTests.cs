using Briefing.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Preview;

public sealed class ResolveSitePathTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/a/", "a/index.html")]
    [InlineData("/a/page.css", "a/page.css")]
    public void A_path_in_the_output_folder_finds_its_file(string path, string file)
    {
        using var temp = new TempFolder();
        temp.Write("index.html", "");
        temp.Write("a/index.html", "");
        temp.Write("a/page.css", "");

        var site = ResolveSitePath.Run(temp.Path, path, path);

        Assert.Equal(SitePathStatus.Found, site.Status);
        Assert.Equal(Path.Combine(temp.Path, file), site.File);
    }

    [Theory]
    [InlineData("/a", "/a", "AddSlash")]
    [InlineData("/missing.html", "/missing.html", "NotFound")]
    [InlineData("/input/site.yml", "/../input/site.yml", "BadRequest")]
    [InlineData("/etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "BadRequest")]
    [InlineData("/..\\..\\site.yml", "/..%5c..%5csite.yml", "BadRequest")]
    [InlineData("/a/../index.html", null, "BadRequest")]
    [InlineData("/C:/x", null, "BadRequest")]
    [InlineData("relative", null, "BadRequest")]
    public void A_request_that_is_not_a_file_of_the_site_is_refused(string path, string? rawTarget, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("a/index.html", "");

        Assert.Equal(expected, ResolveSitePath.Run(temp.Path, path, rawTarget).Status.ToString());
    }
}
