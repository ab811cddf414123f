namespace Briefing.Csl.Tests;

/// <summary>known-failures.txt: one fixture a line with the reason it does not pass yet (<c>name  # reason</c>).</summary>
internal static class KnownFailures
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "known-failures.txt");

    public static IReadOnlyDictionary<string, string> Load()
    {
        var failures = new Dictionary<string, string>();
        if (!File.Exists(Path))
        {
            return failures;
        }
        foreach (var line in File.ReadAllLines(Path))
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var name = (hash < 0 ? line : line[..hash]).Trim();
            if (name.Length > 0)
            {
                failures[name] = hash < 0 ? "" : line[(hash + 1)..].Trim();
            }
        }
        return failures;
    }
}
