using Xunit.Abstractions;

namespace Briefing.Csl.Tests;

/// <summary>The CSL processor test suite: every fixture passes unless known-failures.txt lists it, and a listed one still fails.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyDictionary<string, string> Known = KnownFailures.Load();

    public static TheoryData<string> Fixtures() => new(FixtureFile.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_renders_as_the_suite_expects(string name)
    {
        var (passed, expected, actual) = Outcome(name);
        if (Known.TryGetValue(name, out var reason))
        {
            Assert.False(passed, $"{name} passes now: remove it from known-failures.txt (listed as: {reason})");
            return;
        }
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Pass_rate_is_reported()
    {
        var names = FixtureFile.Names().ToList();
        var failures = names.Where(n => !Outcome(n).Passed).ToList();
        var passed = names.Count - failures.Count;
        output.WriteLine($"CSL test suite: {passed} of {names.Count} fixtures pass ({100.0 * passed / names.Count:F1}%).");
        if (Environment.GetEnvironmentVariable("CSL_KNOWN_FAILURES_OUT") is { Length: > 0 } path)
        {
            var header = File.ReadLines(KnownFailures.Path).TakeWhile(l => l.StartsWith('#'));
            File.WriteAllLines(path, header.Concat(failures.Select(n => $"{n}  # {Known.GetValueOrDefault(n, "not analysed yet")}")));
            output.WriteLine($"Current failures written to {path}.");
        }
        if (Environment.GetEnvironmentVariable("CSL_DIFFS_OUT") is { Length: > 0 } diffs)
        {
            File.WriteAllLines(diffs, failures.Select(n => (Name: n, Outcome: Outcome(n)))
                .Select(f => $"=== {f.Name}\n--- expected\n{f.Outcome.Expected}\n--- actual\n{f.Outcome.Actual}\n"));
        }
        Assert.True(passed > 0);
    }

    private static (bool Passed, string Expected, string Actual) Outcome(string name)
    {
        var fixture = FixtureFile.Load(name);
        try
        {
            var (expected, actual) = FixtureRunner.Run(fixture);
            return (expected == actual, expected, actual);
        }
        catch (Exception e) when (e is CslException or InvalidOperationException or ArgumentException or KeyNotFoundException
            or FormatException or System.Text.Json.JsonException or IndexOutOfRangeException or NullReferenceException)
        {
            return (false, fixture.Result, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
