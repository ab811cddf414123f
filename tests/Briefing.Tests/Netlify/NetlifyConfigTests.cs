using System.Diagnostics;
using Briefing.Tests.Support;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Netlify;

/// <summary>netlify.toml, its build script and the pull-request workflow, as the hosts will read them.</summary>
public sealed class NetlifyConfigTests
{
    private const string Script = ".ci/netlify-build.sh";

    private static readonly TomlTable Config =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml")))!;

    [Fact]
    public void The_site_is_published_from_the_output_folder()
    {
        Assert.Equal("output", Build()["publish"]);
    }

    [Fact]
    public void The_build_command_runs_the_script_which_exists_and_is_executable()
    {
        Assert.Equal($"bash {Script}", Build()["command"]);
        var script = Path.Combine(RepositoryPaths.Root, Script);
        Assert.True(File.Exists(script));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True((File.GetUnixFileMode(script) & UnixFileMode.UserExecute) != 0, $"{Script} is not executable");
        }
    }

    [Fact]
    public void Deploy_previews_run_the_same_build()
    {
        var context = (TomlTable)Config["context"];
        var preview = (TomlTable)context["deploy-preview"];
        Assert.Equal(Build()["command"], preview["command"]);
    }

    [Fact]
    public void Every_page_gets_a_strict_content_security_policy_without_unsafe_inline_or_eval_of_script()
    {
        var csp = (string)HeadersFor("/*")["Content-Security-Policy"];

        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data: https:",
                "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
            ],
            directives);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_forbids_content_sniffing_and_limits_the_referrer()
    {
        var headers = HeadersFor("/*");
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
    }

    [Fact]
    public void Hashed_assets_are_cached_for_a_year_as_immutable()
    {
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor("/assets/*")["Cache-Control"]);
    }

    [Fact]
    public void The_build_script_is_valid_bash()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, Script));
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, errors);
    }

    [Fact]
    public void The_build_script_installs_dotnet_10_only_when_no_10_sdk_is_there()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Script));

        Assert.Contains("dotnet --list-sdks | grep -q '^10\\.'", script, StringComparison.Ordinal);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", script, StringComparison.Ordinal);
        Assert.Contains("--channel 10.0", script, StringComparison.Ordinal);
        Assert.Contains("$HOME/.dotnet", script, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Briefing.Cli -c Release -- build", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pull_request_workflow_checks_then_builds_and_tests_as_ci_does_and_uploads_the_site()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "pull-request.yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["build"];
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();

        Assert.True(root.Children.ContainsKey("on"));
        Assert.True(((YamlMappingNode)root["on"]).Children.ContainsKey("pull_request"));
        var uses = steps.Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()).ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/checkout@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.Contains(uses, u => u.StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        Assert.Contains("dotnet run --project src/Briefing.Cli -- check --links --format github", runs);
        Assert.Contains(runs, r => r.Contains("-- diff \"origin/$BASE_REF\" --format markdown >> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal)
            && r.Contains("https://deploy-preview-$PULL_REQUEST--$NETLIFY_SITE.netlify.app/", StringComparison.Ordinal));
        Assert.Contains("bash .ci/run", runs);
        Assert.Equal("true", ((YamlMappingNode)root["env"])["CI"].ToString());
        Assert.StartsWith("debian:", job["container"].ToString(), StringComparison.Ordinal);

        // .ci/run installs what the tests need, builds the site and runs every test.
        var ci = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".ci", "run"));
        Assert.Contains("dotnet run --project src/Briefing.Cli -- build", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet test Briefing.sln", ci, StringComparison.Ordinal);
        Assert.Contains("citation-style-language-styles", ci, StringComparison.Ordinal);
        Assert.Contains("chromium", ci, StringComparison.Ordinal);
    }

    private static TomlTable Build() => (TomlTable)Config["build"];

    private static TomlTable HeadersFor(string path)
    {
        var rules = (TomlTableArray)Config["headers"];
        var rule = Assert.Single(rules, r => (string)r["for"] == path);
        return (TomlTable)rule["values"];
    }
}
