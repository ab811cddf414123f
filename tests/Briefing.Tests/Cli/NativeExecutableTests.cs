using System.Diagnostics;
using Briefing.Tests.Preview;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// Publishes the command as it ships (Release: a Native AOT executable) once, then runs each command
/// through it. Native code has no JIT to fall back on: reflection the trimmer did not keep, or JSON
/// serialization without generated code, only fails here.
/// </summary>
[Collection(NativeExecutable.Collection)]
public sealed class NativeExecutableTests(NativeExecutable native)
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void The_published_command_is_a_native_executable()
    {
        Assert.False(File.Exists(Path.Combine(native.Folder, "briefing.dll")), "a framework-dependent build was published");
        var header = File.ReadAllBytes(native.Executable)[..18];
        Assert.Equal("\u007FELF"u8.ToArray(), header[..4]);

        // e_type: an executable linked at a fixed address (ET_EXEC, 2), which the loader does not
        // relocate at each start, not a position-independent one (ET_DYN, 3).
        Assert.Equal(2, BitConverter.ToUInt16(header, 16));
    }

    [Fact]
    public void Build_of_the_seed_site_is_byte_for_byte_the_site_the_tests_build()
    {
        using var temp = new TempFolder();
        var nativeOutput = Path.Combine(temp.Path, "native");
        var jitOutput = Path.Combine(temp.Path, "jit");

        var (exit, _, stderr) = BriefingProcess.RunExecutable(native.Executable, ["build", "--output", nativeOutput], RepositoryPaths.Root, NoEnvironment);
        var (jitExit, _, jitStderr) = BriefingProcess.Run(RepositoryPaths.Root, NoEnvironment, "build", "--output", jitOutput);

        Assert.True(exit == 0, stderr);
        Assert.True(jitExit == 0, jitStderr);
        Assert.Contains("Built 1 briefing with", stderr, StringComparison.Ordinal);
        Assert.Equal(FolderSnapshot.Take(jitOutput), FolderSnapshot.Take(nativeOutput));
    }

    [Fact]
    public void Check_reports_the_same_located_json_as_the_tests_build_and_exits_1()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n", """
            annotations:
              - id: test
                quote: tested a wepon
                note: A note [@nowhere].
            """);
        string[] arguments = ["check", "--format", "json", "--theme", RepositoryPaths.Theme];

        var (exit, stdout, _) = BriefingProcess.RunExecutable(native.Executable, arguments, temp.Path, NoEnvironment);
        var (jitExit, jitStdout, _) = BriefingProcess.Run(temp.Path, NoEnvironment, arguments);

        Assert.Equal(1, exit);
        Assert.Equal(1, jitExit);
        Assert.Contains("\"code\": \"BRF012\"", stdout, StringComparison.Ordinal);
        Assert.Equal(jitStdout, stdout);
    }

    [Fact]
    public void Usage_errors_exit_2_and_new_scaffolds_a_briefing()
    {
        using var temp = new TempFolder();
        SiteBuilder.Create(temp, "Text.\n");

        var (badOption, _, badOptionError) = BriefingProcess.RunExecutable(native.Executable, ["build", "--bogus"], temp.Path, NoEnvironment);
        var (badPort, _, badPortError) = BriefingProcess.RunExecutable(native.Executable, ["preview", "--port", "abc"], temp.Path, NoEnvironment);
        var (created, _, createdError) = BriefingProcess.RunExecutable(native.Executable, ["new", "second-briefing"], temp.Path, NoEnvironment);

        Assert.Equal(2, badOption);
        Assert.Contains("bogus", badOptionError, StringComparison.Ordinal);
        Assert.Equal(2, badPort);
        Assert.Contains("abc", badPortError, StringComparison.Ordinal);
        Assert.True(created == 0, createdError);
        Assert.True(File.Exists(Path.Combine(temp.Path, "input", "briefings", "second-briefing", "article.md")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "input", "briefings", "second-briefing", "annotations.yml")));
    }

    [Fact]
    public void Import_writes_the_same_briefing_from_a_saved_page_as_the_tests_build()
    {
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp);
        var page = Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Tests", "Import", "Pages", "001", "source.html");

        var (exit, stdout, stderr) = BriefingProcess.RunExecutable(native.Executable, ["import", page, "--slug", "native"], temp.Path, NoEnvironment);
        var (jitExit, _, jitStderr) = BriefingProcess.Run(temp.Path, NoEnvironment, "import", page, "--slug", "jit");

        Assert.True(exit == 0, stderr);
        Assert.True(jitExit == 0, jitStderr);
        Assert.Contains("Nicolas Perriault", stdout, StringComparison.Ordinal);
        Assert.Equal(
            File.ReadAllText(Path.Combine(input, "briefings", "jit", "article.md")),
            File.ReadAllText(Path.Combine(input, "briefings", "native", "article.md")));
    }

    [Fact]
    public void Import_annotations_brings_back_the_sites_own_export()
    {
        const string slug = "china-north-korea-relationship";
        using var temp = new TempFolder();
        var input = SiteBuilder.WithSeedCopies(temp, slug);
        var notes = Path.Combine(input, "briefings", slug, "annotations.yml");
        Assert.Equal(0, BriefingProcess.RunExecutable(native.Executable, ["build", "--theme", RepositoryPaths.Theme], temp.Path, NoEnvironment).Exit);
        File.WriteAllText(notes, "annotations: []\n");
        var export = Path.Combine(temp.Path, "output", "briefings", slug, "annotations.jsonld");

        var (exit, stdout, stderr) = BriefingProcess.RunExecutable(native.Executable, ["import-annotations", export, "--slug", slug], temp.Path, NoEnvironment);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Read 15 annotations: 15 imported, 0 skipped.", stdout, StringComparison.Ordinal);
        Assert.Contains("quote:", File.ReadAllText(notes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_serves_the_site_and_streams_a_reload_after_a_change()
    {
        using var temp = new TempFolder();
        var folder = SiteBuilder.BriefingFolder(SiteBuilder.Create(temp, "Pyongyang tested a weapon.\n"));
        var start = BriefingProcess.Start(native.Executable, ["preview", "--theme", RepositoryPaths.Theme, "--port", "0"], temp.Path, NoEnvironment);
        using var process = Process.Start(start)!;
        try
        {
            var address = await BriefingProcess.ServingAddressAsync(process);
            using var http = new HttpClient { BaseAddress = address };
            var page = await http.GetStringAsync($"/briefings/{SiteBuilder.Slug}/");
            using var events = await EventStream.OpenAsync(http);
            await events.WaitForAsync("hello");

            await File.WriteAllTextAsync(Path.Combine(folder, "article.md"),
                (await File.ReadAllTextAsync(Path.Combine(folder, "article.md"))).Replace("tested a weapon", "tested a missile", StringComparison.Ordinal));
            var reload = await events.WaitForAsync("reload");

            Assert.Contains("tested a weapon", page, StringComparison.Ordinal);
            Assert.Contains($"/briefings/{SiteBuilder.Slug}/index.html", reload.GetProperty("pages").ToString(), StringComparison.Ordinal);
            Assert.Contains("tested a missile", await http.GetStringAsync($"/briefings/{SiteBuilder.Slug}/"), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

/// <summary>`dotnet publish -c Release` of src/Briefing.Cli into a temporary folder, once for all the tests that use it.</summary>
public sealed class NativeExecutable : IDisposable
{
    public const string Collection = "native executable";

    private readonly TempFolder _temp = new();

    public NativeExecutable()
    {
        Folder = Path.Combine(_temp.Path, "bin");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", Path.Combine("src", "Briefing.Cli"), "-c", "Release", "-o", Folder, "-nologo"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
        }

        PublishLog = $"dotnet publish exited {(process.HasExited ? process.ExitCode : -1)}:\n{stdout.Result}\n{stderr.Result}";
    }

    public string Folder { get; }

    /// <summary>The published executable; a test that needs it fails with the publish log when it is missing.</summary>
    public string Executable
    {
        get
        {
            var path = Path.Combine(Folder, OperatingSystem.IsWindows() ? "briefing.exe" : "briefing");
            Assert.True(File.Exists(path), PublishLog);
            return path;
        }
    }

    public string PublishLog { get; }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(NativeExecutable.Collection)]
public sealed class NativeExecutableTestGroup : ICollectionFixture<NativeExecutable>;
